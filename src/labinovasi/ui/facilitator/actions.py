"""The facilitator window's menus and actions, each declared once (napari's action
declarations): object name, text, shortcuts, menu and group, when it is enabled, and what it
does. `ActionCollection` builds the QActions, the menus, the shortcuts, the enabling and the
retranslation from these declarations; adding an action is one `Action(...)` entry below.

Texts are Indonesian sources marked for the "MainWindow" translation context (where their
English already is), translated when the window retranslates."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

# The facilitator's MainWindow (not imported: it imports this module).
MainWindow = Any

CONTEXT = "MainWindow"
Keys = tuple[str | QKeySequence.StandardKey, ...]
Std = QKeySequence.StandardKey


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class Menu:
    """A menu of the menu bar, in bar order; the window's attribute `attr`."""

    key: str
    attr: str
    title: str
    name: str = ""  # object name, when tests or screenshots look for it


@dataclass(frozen=True)
class Action:
    """One action. `attr`: the window's attribute for it (tests and screens use them);
    `menu`: a Menu key, or "" for a window shortcut in no menu; a separator goes between
    `group`s of one menu. `when(window)`: enabled (None: always; every action is disabled
    while a station runs). `label(window, text)`: the text shown, from the translated `text`
    (for texts that follow the selection). `submenu`: the window's method that builds a
    submenu shown at this place instead of an action."""

    name: str
    attr: str
    text: str
    menu: str
    group: str
    handler: Callable[[MainWindow], Any] | None = None
    keys: Keys = ()
    when: Callable[[MainWindow], bool] | None = None
    label: Callable[[MainWindow, str], str] | None = None
    submenu: str = ""


MENUS = (
    Menu("file", "file_menu", QT_TRANSLATE_NOOP("MainWindow", "&Berkas")),
    Menu("edit", "edit_menu", QT_TRANSLATE_NOOP("MainWindow", "&Sunting")),
    Menu("workshop", "workshop_menu", QT_TRANSLATE_NOOP("MainWindow", "&Lokakarya")),
    Menu("opd", "opd_menu", QT_TRANSLATE_NOOP("MainWindow", "&OPD")),
    Menu("print", "print_menu", QT_TRANSLATE_NOOP("MainWindow", "&Cetak")),
    Menu("iga", "iga_menu", QT_TRANSLATE_NOOP("MainWindow", "Ind&eks IGA"), "igaMenu"),
    Menu("view", "view_menu", QT_TRANSLATE_NOOP("MainWindow", "&Tampilan")),
    Menu("help", "help_menu", QT_TRANSLATE_NOOP("MainWindow", "Ba&ntuan")),
)


# -- when an action is enabled ---------------------------------------------------------------


def has_workshop(w: MainWindow) -> bool:
    return w.service is not None


def has_file(w: MainWindow) -> bool:
    return w.service is not None and "://" not in str(w.service.target)


def has_opd(w: MainWindow) -> bool:
    """On the board the OPD actions act on the selected row, in the workspace on its OPD."""
    return w.service is not None and w._target_opd_id() is not None


def has_idea(w: MainWindow) -> bool:
    return (
        w.service is not None
        and w.stack.currentWidget() is w.workspace
        and w.workspace.drumup.current_view() is not None
    )


def withdraw_label(w: MainWindow, text: str) -> str:
    view = w.workspace.drumup.current_view() if w.service is not None else None
    if view is not None and view.idea.withdrawn:
        return QCoreApplication.translate("MainWindow", "&Kembalikan gagasan")
    return text


def undo_label(w: MainWindow, text: str) -> str:
    detail = w.undo_stack.undoText()
    return f"{text}: {detail}" if detail else text


def redo_label(w: MainWindow, text: str) -> str:
    detail = w.undo_stack.redoText()
    return f"{text}: {detail}" if detail else text


def _drumup_act(act: Callable[[Any], Any]) -> Callable[[MainWindow], Any]:
    """Sunting menu's idea actions act on the idea selected in the drum-up list."""
    return lambda w: w._idea_action(lambda: act(w.workspace.drumup))


ACTIONS = (
    # Berkas
    Action(
        "actionNew",
        "new_action",
        QT_TRANSLATE_NOOP("MainWindow", "Ba&ru…"),
        "file",
        "open",
        lambda w: w.new_workshop_dialog(),
        (Std.New,),
    ),
    Action(
        "actionOpen",
        "open_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Buka…"),
        "file",
        "open",
        lambda w: w.open_dialog(),
        (Std.Open,),
    ),
    Action(
        "recentMenu",
        "recent_menu",
        QT_TRANSLATE_NOOP("MainWindow", "Buka &terakhir"),
        "file",
        "open",
        submenu="_build_recent_menu",
    ),
    Action(
        "actionOpenSample",
        "open_sample_action",
        QT_TRANSLATE_NOOP("MainWindow", "Buka &contoh"),
        "file",
        "open",
        lambda w: w.open_sample(),
    ),
    Action(
        "actionOpenServer",
        "open_server_action",
        QT_TRANSLATE_NOOP("MainWindow", "Buka dari s&erver…"),
        "file",
        "open",
        lambda w: w.open_server_dialog(),
    ),
    Action(
        "actionSaveAs",
        "save_as_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Simpan sebagai…"),
        "file",
        "save",
        lambda w: w.save_as_dialog(),
        (Std.SaveAs,),
        has_file,
    ),
    Action(
        "actionCloseWorkshop",
        "close_workshop_action",
        QT_TRANSLATE_NOOP("MainWindow", "T&utup lokakarya"),
        "file",
        "save",
        lambda w: w.close_workshop(),
        (Std.Close,),
        has_workshop,
    ),
    Action(
        "actionRestore",
        "restore_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Pulihkan dari cadangan…"),
        "file",
        "restore",
        lambda w: w.restore_dialog(),
        when=has_workshop,
    ),
    Action(
        "actionQuit",
        "quit_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Keluar"),
        "file",
        "quit",
        lambda w: w.close(),
        (Std.Quit,),
    ),
    # Sunting. Own undo actions, not QUndoStack.createUndoAction: that one's "Undo" prefix
    # comes from Qt's catalogue, which has no Indonesian, and cannot be retranslated live.
    Action(
        "actionUndo",
        "undo_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Batalkan"),
        "edit",
        "undo",
        lambda w: w.undo_stack.undo(),
        (Std.Undo,),
        lambda w: w.undo_stack.canUndo(),
        undo_label,
    ),
    Action(
        "actionRedo",
        "redo_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Ulangi"),
        "edit",
        "undo",
        lambda w: w.undo_stack.redo(),
        ("Ctrl+Shift+Z", "Ctrl+Y"),
        lambda w: w.undo_stack.canRedo(),
        redo_label,
    ),
    Action(
        "actionEditIdea",
        "edit_idea_action",
        QT_TRANSLATE_NOOP("MainWindow", "Ubah &gagasan terpilih…"),
        "edit",
        "idea",
        _drumup_act(lambda d: d.open_edit_dialog(d.table.currentIndex().row())),
        ("Ctrl+E",),
        has_idea,
    ),
    Action(
        "actionWithdrawIdea",
        "withdraw_idea_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Tarik gagasan…"),
        "edit",
        "idea",
        _drumup_act(lambda d: d.toggle_withdrawn()),
        ("Ctrl+Shift+T",),
        has_idea,
        withdraw_label,
    ),
    Action(
        "actionMoveIdea",
        "move_idea_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Pindahkan gagasan ke OPD lain…"),
        "edit",
        "idea",
        _drumup_act(lambda d: d.move_current()),
        ("Ctrl+Shift+M",),
        has_idea,
    ),
    # Lokakarya
    Action(
        "actionWorkshopData",
        "workshop_data_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Data lokakarya…"),
        "workshop",
        "data",
        lambda w: w.edit_workshop_dialog(),
        when=has_workshop,
    ),
    Action(
        "actionPapers",
        "papers_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Kop surat, penanda tangan, peserta…"),
        "workshop",
        "data",
        lambda w: w.papers_dialog(),
        when=has_workshop,
    ),
    Action(
        "actionImportOpds",
        "import_opds_action",
        QT_TRANSLATE_NOOP("MainWindow", "Impor &OPD…"),
        "workshop",
        "import",
        lambda w: w.import_dialog("opd"),
        when=has_workshop,
    ),
    Action(
        "actionImportIdeas",
        "import_ideas_action",
        QT_TRANSLATE_NOOP("MainWindow", "Impor &gagasan…"),
        "workshop",
        "import",
        lambda w: w.import_dialog("ideas"),
        when=has_workshop,
    ),
    Action(
        "actionExport",
        "export_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Ekspor…"),
        "workshop",
        "import",
        lambda w: w.export_dialog(),
        when=has_workshop,
    ),
    Action(
        "actionStationCopy",
        "station_copy_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Salinan stasiun…"),
        "workshop",
        "stations",
        lambda w: w.station_copy_dialog(),
        when=has_workshop,
    ),
    Action(
        "actionMerge",
        "merge_action",
        QT_TRANSLATE_NOOP("MainWindow", "Gab&ungkan salinan stasiun…"),
        "workshop",
        "stations",
        lambda w: w.merge_dialog(),
        when=has_workshop,
    ),
    # OPD
    Action(
        "actionAddOpd",
        "add_opd_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Tambah OPD…"),
        "opd",
        "opds",
        lambda w: w.add_opd_dialog(),
        when=has_workshop,
    ),
    Action(
        "actionOpdList",
        "opd_list_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Daftar OPD (ubah nama, gabung, hapus)…"),
        "opd",
        "opds",
        lambda w: w.opd_list_dialog(),
        when=has_workshop,
    ),
    Action(
        "actionAddIdea",
        "add_idea_action",
        QT_TRANSLATE_NOOP("MainWindow", "Tambah &gagasan (ke kolom isian)"),
        "opd",
        "work",
        lambda w: w.focus_add_idea(),
        ("Ctrl+Return", "Ctrl+Enter", "Ctrl+I"),
        has_opd,
    ),
    Action(
        "actionStageForward",
        "forward_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Maju ke tahap berikutnya"),
        "opd",
        "work",
        lambda w: w.step_stage(1),
        when=has_opd,
    ),
    Action(
        "actionStageBack",
        "back_stage_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Kembali ke tahap sebelumnya"),
        "opd",
        "work",
        lambda w: w.step_stage(-1),
        when=has_opd,
    ),
    Action(
        "actionNextOpd",
        "next_opd_action",
        QT_TRANSLATE_NOOP("MainWindow", "OPD &berikutnya"),
        "opd",
        "step",
        lambda w: w.step_opd(1),
        ("Ctrl+PgDown",),
        has_workshop,
    ),
    Action(
        "actionPreviousOpd",
        "previous_opd_action",
        QT_TRANSLATE_NOOP("MainWindow", "OPD &sebelumnya"),
        "opd",
        "step",
        lambda w: w.step_opd(-1),
        ("Ctrl+PgUp",),
        has_workshop,
    ),
    # Cetak
    Action(
        "actionPrintOpd",
        "print_opd_action",
        QT_TRANSLATE_NOOP("MainWindow", "Lembar hasil lab &OPD ini…"),
        "print",
        "lab",
        lambda w: w.print_preview("opd"),
        (Std.Print,),
        has_opd,
    ),
    Action(
        "actionPrintSummary",
        "print_summary_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Rekapitulasi…"),
        "print",
        "lab",
        lambda w: w.print_preview("summary"),
        when=has_workshop,
    ),
    Action(
        "actionPrintAll",
        "print_all_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Semua laporan…"),
        "print",
        "lab",
        lambda w: w.print_preview("all"),
        when=has_workshop,
    ),
    Action(
        "actionOfficePapers",
        "office_papers_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Dokumen kantor…"),
        "print",
        "office",
        lambda w: w.open_office_papers(),
        when=has_workshop,
    ),
    # Indeks IGA
    Action(
        "actionIga",
        "iga_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Kesiapan IGA dan perkiraan indeks…"),
        "iga",
        "iga",
        lambda w: w.open_iga_view(),
    ),
    Action(
        "actionIgaPackage",
        "iga_package_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Paket unggah…"),
        "iga",
        "iga",
        lambda w: (view := w.open_iga_view()) and view.package_dialog(),
        when=has_workshop,
    ),
    Action(
        "actionIgaNextYear",
        "iga_next_year_action",
        QT_TRANSLATE_NOOP("MainWindow", "Mulai &tahun berikutnya…"),
        "iga",
        "iga",
        lambda w: (view := w.open_iga_view()) and view.next_year_dialog(),
        when=has_workshop,
    ),
    # Tampilan
    Action(
        "actionBoard",
        "board_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Papan OPD"),
        "view",
        "screens",
        lambda w: w.show_tab("board"),
        ("Ctrl+B",),
    ),
    Action(
        "actionDelivery",
        "delivery_action",
        QT_TRANSLATE_NOOP("MainWindow", "Pe&laksanaan (deliver, bukti dukung, gelar)"),
        "view",
        "screens",
        lambda w: w.show_tab("delivery"),
        ("Ctrl+L",),
        has_workshop,
    ),
    Action(
        "actionRefresh",
        "refresh_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Muat ulang"),
        "view",
        "screens",
        lambda w: w.refresh(),
        ("F5",),
    ),
    Action(
        "actionProjector",
        "projector_action",
        QT_TRANSLATE_NOOP("MainWindow", "Tampilan pro&yektor"),
        "view",
        "room",
        lambda w: w.open_projector(),
        ("F8",),
        has_workshop,
    ),
    Action(
        "actionCountdown",
        "countdown_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Hitung mundur di proyektor…"),
        "view",
        "room",
        lambda w: w.open_countdown(),
        when=has_workshop,
    ),
    Action(
        "actionStation",
        "station_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Stasiun peserta"),
        "view",
        "room",
        lambda w: w.open_station(),
        when=has_workshop,
    ),
    Action(
        "actionJurorStation",
        "juror_station_action",
        QT_TRANSLATE_NOOP("MainWindow", "Stasiun &juri (menilai gelar inovasi)"),
        "view",
        "room",
        lambda w: w.open_juror_station(),
        when=has_workshop,
    ),
    Action(
        "actionPhoneJoin",
        "phone_join_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Ikut lewat HP…"),
        "view",
        "room",
        lambda w: w.open_phone_join(),
        when=has_workshop,
    ),
    Action(
        "languageMenu",
        "language_menu",
        QT_TRANSLATE_NOOP("MainWindow", "&Bahasa"),
        "view",
        "language",
        submenu="_build_language_menu",
    ),
    # Bantuan
    Action(
        "actionGuide",
        "guide_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Panduan fasilitator"),
        "help",
        "help",
        lambda w: w.open_guide(),
        ("F1",),
    ),
    Action(
        "actionShortcuts",
        "shortcuts_action",
        QT_TRANSLATE_NOOP("MainWindow", "Pintasan &keyboard"),
        "help",
        "help",
        lambda w: w.show_shortcuts(),
        ("Ctrl+F1",),
    ),
    Action(
        "actionAbout",
        "about_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Tentang Labinovasi"),
        "help",
        "about",
        lambda w: w.about(),
    ),
    # Window shortcuts in no menu.
    Action(
        "actionSaveDesign",
        "save_design_action",
        "",
        "",
        "",
        lambda w: w.workspace.design.save(),
        ("Ctrl+S",),
    ),
    Action(
        "actionBackToBoard",
        "back_to_board_action",
        "",
        "",
        "",
        lambda w: w.show_tab("board"),
        ("Alt+Left",),
    ),
)


def _run(window: weakref.ref, handler: Callable[[MainWindow], Any], _checked=False) -> None:
    """A handler on its window, held weakly: a closed window is freed with its actions (a
    connection holding the window would keep it, and its workshop, alive)."""
    target = window()
    if target is not None:
        handler(target)


class ActionCollection:
    """The QActions of `ACTIONS` on one window: built once, put in the window's menus (and
    set as its attributes), enabled by their `when`, retranslated by their `text`. `locked`
    (a station runs on this laptop): every action disabled, whatever its `when`; unlocking
    asks each `when` again, so nothing is left disabled by the lock."""

    def __init__(self, window: MainWindow, actions: tuple[Action, ...] | None = None):
        self.window = window
        self.specs = actions if actions is not None else ACTIONS
        self.actions: dict[str, QAction] = {}
        self.submenus: dict[str, QMenu] = {}
        self.locked = False
        menus = {m.key: getattr(window, m.attr) for m in MENUS}
        last_group: dict[str, str] = {}
        for spec in self.specs:
            menu = menus.get(spec.menu)
            if menu is not None and last_group.get(spec.menu, spec.group) != spec.group:
                menu.addSeparator()
            last_group[spec.menu] = spec.group
            if spec.submenu:
                submenu = getattr(window, spec.submenu)()
                submenu.setObjectName(spec.name)
                self.submenus[spec.name] = submenu
                setattr(window, spec.attr, submenu)
                if menu is not None:
                    menu.addMenu(submenu)
                continue
            action = QAction(window)
            action.setObjectName(spec.name)
            if spec.keys:
                action.setShortcuts([QKeySequence(k) for k in spec.keys])
            if spec.handler is not None:
                action.triggered.connect(partial(_run, weakref.ref(window), spec.handler))
            if menu is not None:
                menu.addAction(action)
            else:
                window.addAction(action)  # its shortcut works anywhere in the window
            self.actions[spec.name] = action
            setattr(window, spec.attr, action)

    def update_enabled(self) -> None:
        for spec in self.specs:
            action = self.actions.get(spec.name)
            if action is None:
                continue
            action.setEnabled(not self.locked and (spec.when is None or spec.when(self.window)))
            if spec.label is not None:
                action.setText(spec.label(self.window, tr(spec.text)))

    def lock(self, locked: bool) -> None:
        self.locked = locked
        self.update_enabled()

    def retranslate(self) -> None:
        for menu in MENUS:
            getattr(self.window, menu.attr).setTitle(tr(menu.title))
        for spec in self.specs:
            if spec.name in self.submenus:
                self.submenus[spec.name].setTitle(tr(spec.text))
            elif spec.text:
                action = self.actions[spec.name]
                text = tr(spec.text)
                action.setText(spec.label(self.window, text) if spec.label else text)


def retranslate_menu_titles(window: MainWindow) -> None:
    """The menu bar's titles alone (the frame, before the actions are built)."""
    for menu in MENUS:
        getattr(window, menu.attr).setTitle(tr(menu.title))


def build_menu_bar(window: MainWindow) -> None:
    """The menu bar's menus, empty, as attributes of the window (the frame paints them
    before the actions are built)."""
    for menu in MENUS:
        created = window.menuBar().addMenu("")
        if menu.name:
            created.setObjectName(menu.name)
        setattr(window, menu.attr, created)
    retranslate_menu_titles(window)
