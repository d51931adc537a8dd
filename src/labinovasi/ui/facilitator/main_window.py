"""The facilitator's main window: menus, the OPD board and the OPD workspace."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QGuiApplication,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
)

from labinovasi.ui import probe
from labinovasi.ui.app import create_app
from labinovasi.ui.facilitator.actions import (
    ActionCollection,
    build_menu_bar,
    retranslate_menu_titles,
)
from labinovasi.ui.signals import Change, notify, signals
from labinovasi.ui.widgets.pages import Retranslatable

# The board, the workspace, the dialogs and the domain are imported where they are used, not
# here: run_gui shows the window before they load (MainWindow(build=False), then build()).
if TYPE_CHECKING:
    from labinovasi.domain import CannotOpen
    from labinovasi.services.workshop_service import WorkshopService
    from labinovasi.ui.facilitator.delivery_area import DeliveryArea
    from labinovasi.ui.facilitator.papers_dialog import PapersDialog
    from labinovasi.ui.facilitator.workshop_dialog import WorkshopDialog

FILE_SUFFIX = ".labinovasi"
MAX_RECENT = 8
RECENT_KEY = "recentFiles"
GEOMETRY_KEY = "mainWindow/geometry"  # Qt's saveGeometry(): read once, from older versions
PLACEMENT_KEY = "mainWindow/normalGeometry"
MAXIMIZED_KEY = "mainWindow/maximized"
STATE_KEY = "mainWindow/state"
LANGUAGES = (("id", "Bahasa Indonesia"), ("en", "English"))
# The window manager's title bar and borders, not known before the window is first shown.
FRAME_ALLOWANCE = QSize(16, 40)


def warn(parent, title: str, text: str) -> None:
    """widgets.common.warn, imported when first needed: importing Qt's enums (~15 ms) is one
    of the things the window is not shown later for."""
    from labinovasi.ui.widgets.common import warn as plain_warning

    plain_warning(parent, title, text)


def recent_files() -> list[str]:
    value = QSettings().value(RECENT_KEY) or []
    return [str(v) for v in (value if isinstance(value, list) else [value]) if v]


def remember_recent(target: str) -> None:
    files = [target] + [f for f in recent_files() if f != target]
    QSettings().setValue(RECENT_KEY, files[:MAX_RECENT])


class MainWindow(Retranslatable, QMainWindow):
    """Owns the open WorkshopService (closes it when another is opened) unless given one."""

    def __init__(self, service: WorkshopService | None = None, build: bool = True):
        """`build=False`: only the frame (size, status bar), for run_gui to show at once and
        `build()` right after; every other caller gets the whole window."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.service: WorkshopService | None = None
        self._owns_service = False
        self.undo_stack = QUndoStack(self)
        self._windows: list = []  # projector and station windows, kept alive
        self._workers: list = []
        self._delivery: DeliveryArea | None = None  # Pelaksanaan: built when first needed
        self.built = False

        self.key_hint = QLabel(objectName="keyHint")
        self.statusBar().addPermanentWidget(self.key_hint)
        # The menu titles belong to the frame: the board painted before build() does not move
        # down when the menus are filled.
        build_menu_bar(self)
        if not self.restore_placement():
            self.fit_screen()
        if build:
            self.build()
        if service is not None:
            self.set_service(service, owned=False)

    def build(self) -> None:
        """The board, the OPD workspace, the actions and menus (once)."""
        if self.built:
            return
        from labinovasi.ui.facilitator.opd_workspace import OpdWorkspace

        self.build_board()
        self.workspace = OpdWorkspace()
        self.stack.addWidget(self.workspace)
        self.board.opdActivated.connect(self.show_opd)
        self.board.selectionChanged.connect(self._update_enabled)
        self.workspace.drumup.table.selectionModel().selectionChanged.connect(self._update_enabled)
        self.stack.currentChanged.connect(lambda _index: self._update_enabled())
        self.workspace.backRequested.connect(lambda: self.show_tab("board"))

        self.actions = ActionCollection(self)
        self.undo_stack.canUndoChanged.connect(self._update_enabled)
        self.undo_stack.canRedoChanged.connect(self._update_enabled)
        self.undo_stack.undoTextChanged.connect(self._update_enabled)
        self.undo_stack.redoTextChanged.connect(self._update_enabled)
        signals.changed.connect(self.follow_change)
        from labinovasi.ui.widgets.external_changes import ExternalChanges

        self.external_changes = ExternalChanges(self.board.model.statuses, self._open_opd, self)
        signals.problemRaised.connect(self._show_problem)
        from labinovasi.ui.widgets.busy_banner import BusyBanner

        # A permanent widget: a passing status message never hides "berkas sedang dipakai".
        # Built here, before any workshop opens (run_gui opens it after build()).
        self.busy_banner = BusyBanner(wrap=False)  # one line: a status bar must not grow
        self.busy_banner.shownChanged.connect(lambda shown: self.key_hint.setVisible(not shown))
        self.statusBar().insertPermanentWidget(0, self.busy_banner, 1)  # left of the key hints
        from labinovasi.ui.facilitator.copy_banner import StationCopyBanner

        self.copy_banner = StationCopyBanner(self)  # hidden unless a station copy is open
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.copy_banner)
        self.copy_banner.mergeRequested.connect(self.merge_into_main_dialog)
        self.built = True
        self.retranslate_ui()
        if self.isVisible():
            self._check_language()

    def build_board(self) -> None:
        """The OPD board alone, in the window (once): start-up paints the workshop's board
        before the rest of the window is built."""
        if hasattr(self, "board"):
            return
        from labinovasi.ui.facilitator.opd_board import OpdBoard

        self.board = OpdBoard()
        self.stack = QStackedWidget(objectName="mainStack")
        self.stack.addWidget(self.board)
        self.setCentralWidget(self.stack)

    def fit_screen(self) -> None:
        """First run: the laptop size (1366×768) or less, inside the screen's available area
        (taskbar excluded), title bar included, so the status bar is never hidden."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1366, 768)
            return
        area = screen.availableGeometry()
        frame = FRAME_ALLOWANCE
        width = min(1366, area.width() - frame.width())
        height = min(768, area.height() - frame.height())
        self.resize(width, height)
        self.move(area.left() + (area.width() - width - frame.width()) // 2, area.top())

    def save_placement(self) -> None:
        """The window's place as the user left it: its normal (not maximised) client area and
        whether it was maximised."""
        settings = QSettings()
        settings.setValue(PLACEMENT_KEY, self.normalGeometry())
        settings.setValue(MAXIMIZED_KEY, self.isMaximized())
        settings.remove(GEOMETRY_KEY)

    def restore_placement(self) -> bool:
        """Put the window back where save_placement found it (kept on the screen's available
        area); False when nothing was saved. Qt's restoreGeometry() is not used: it pushes the
        window below a title bar of its own guess (the style's, 25 px) where the window manager
        drew a lower one, so the window crept down at every restart (issue 25)."""
        settings = QSettings()
        rect = settings.value(PLACEMENT_KEY)
        if not isinstance(rect, QRect) or not rect.isValid():
            older = settings.value(GEOMETRY_KEY)
            return isinstance(older, QByteArray) and self.restoreGeometry(older)
        screen = QGuiApplication.screenAt(rect.center()) or QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            rect.setWidth(min(rect.width(), area.width()))
            rect.setHeight(min(rect.height(), area.height()))
            rect.moveLeft(max(area.left(), min(rect.left(), area.right() + 1 - rect.width())))
            rect.moveTop(max(area.top(), min(rect.top(), area.bottom() + 1 - rect.height())))
        self.setGeometry(rect)
        if str(settings.value(MAXIMIZED_KEY, "false")).lower() == "true":
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        return True

    # -- actions and menus: declared in actions.py ---------------------------------------

    def _build_recent_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.aboutToShow.connect(self._fill_recent_menu)
        return menu

    def _build_language_menu(self) -> QMenu:
        menu = QMenu(self)
        self.language_group = QActionGroup(self)
        self.language_actions = {}
        for code, name in LANGUAGES:
            action = QAction(name, self, checkable=True)
            action.setObjectName(f"actionLanguage_{code}")
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action
            menu.addAction(action)
        return menu

    def retranslate_ui(self) -> None:
        if not self.built:
            retranslate_menu_titles(self)
            return
        self.actions.retranslate()
        self.key_hint.setText(
            self.tr(
                "Ctrl+Enter: tambah gagasan · Ctrl+PgDown/PgUp: OPD berikutnya/sebelumnya · "
                "Alt+Kiri: papan OPD · F5: muat ulang · F8: proyektor"
            )
        )
        self._update_title()
        self._update_enabled()

    def _update_title(self) -> None:
        if self.service is None:
            self.setWindowTitle("")  # Qt shows the application's name alone
            if self.built:
                self.copy_banner.show_for(None)
            return
        name = (
            Path(str(self.service.target)).name
            if not _is_url(self.service.target)
            else self.tr("server")
        )
        if self.service.read_only:
            name += " " + self.tr("(hanya-baca)")
        workshop = self.service.workshop()
        title = f"{workshop.title} — {name}"
        copy_of = (workshop.station_name or name) if workshop.station_id else None
        if copy_of is not None:  # a station copy never looks like the main file
            title = self.tr("Salinan stasiun «%1»").replace("%1", copy_of) + " — " + title
        if self.built:
            self.copy_banner.show_for(copy_of)
        # Qt appends " — Labinovasi" (the application display name) itself.
        self.setWindowTitle(title)

    def _update_enabled(self, *_args) -> None:
        """Each action enabled (and worded) as its declaration says."""
        if self.built:
            self.actions.update_enabled()

    def _target_opd_id(self) -> str | None:
        """The OPD an OPD action acts on: the one open in the workspace, or the board's
        selected row when the board is shown (never an OPD the user cannot see)."""
        if self.stack.currentWidget() is self.workspace:
            return self.workspace.opd_id
        return self.board.current_opd_id()

    # -- opening ---------------------------------------------------------------------------

    def set_service(self, service: WorkshopService, owned: bool = True) -> None:
        self.build()
        self.workspace.commit_pending()
        if self.service is not None and self._owns_service and self.service is not service:
            self.service.close()
        self.service, self._owns_service = service, owned
        self.undo_stack.clear()  # undo commands hold the old workshop
        self.board.bind(service)
        self.workspace.bind(service, self.undo_stack)
        if self._delivery is not None:
            self._delivery.bind(service)
        self.workspace.set_opd(None)
        self.show_tab("board")
        self._update_title()
        self._update_enabled()
        self.external_changes.bind(service)
        signals.workshopOpened.emit(service)

    def open_workshop(self, target: str | Path, service: WorkshopService | None = None) -> bool:
        """Open a file or DB URL (or take `service`, already opened on it). A file that cannot
        be opened shows the same message as the CLI and changes nothing: the current workshop
        stays open."""
        from labinovasi.domain import CannotOpen, LabinovasiError
        from labinovasi.services import WorkshopService  # lazy: SQLAlchemy after the window

        try:
            if service is None:
                service = WorkshopService.open(target, backup_in_background=True)
        except CannotOpen as error:
            if not self._offer_backup(target, error):
                warn(self, self.tr("Tidak dapat membuka"), str(error))
                return False
            service = WorkshopService.open(target, backup_in_background=True)
        try:
            service.workshop()
        except LabinovasiError as error:  # a workshop file with no workshop in it
            service.close()
            warn(self, self.tr("Tidak dapat membuka"), str(error))
            return False
        self.set_service(service, owned=True)
        remember_recent(str(target))
        if service.read_only:
            self.statusBar().showMessage(
                self.tr("Berkas dibuka hanya-baca (%1): perubahan tidak dapat disimpan.").replace(
                    "%1", service.read_only
                ),
                30000,
            )
        return True

    def _offer_backup(self, target: str | Path, error: CannotOpen) -> bool:
        """A file that cannot be opened but has a backup: offer to restore the latest one.
        True when it was restored (the caller opens the file again)."""
        from labinovasi.domain import LabinovasiError
        from labinovasi.services import recovery as backups

        if _is_url(target) or not Path(target).exists():
            return False
        latest = backups.latest_backup(Path(target))
        if latest is None:
            return False
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Tidak dapat membuka"),
            str(error)
            + "\n\n"
            + self.tr(
                "Pulihkan dari cadangan terbaru (%1)? Berkas yang sekarang disimpan di sampingnya."
            ).replace("%1", latest.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("restoreBox")
        from PySide6.QtCore import Qt

        box.setTextFormat(Qt.TextFormat.PlainText)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return False
        try:
            backups.restore(Path(target), latest)
        except LabinovasiError as failure:
            warn(self, self.tr("Tidak dapat memulihkan"), str(failure))
            return False
        return True

    def restore_dialog(self) -> None:
        """Berkas → Pulihkan dari cadangan: pick a backup of the open file, put it back."""
        from labinovasi.services import recovery as backups

        if self.service is None or _is_url(self.service.target):
            return
        target = Path(str(self.service.target))
        found = backups.backups_of(target)
        folder = str(found[0].parent) if found else str(backups.backup_folder())
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Pulihkan dari cadangan"),
            folder,
            self.tr("Berkas lokakarya (*.labinovasi)"),
        )
        if path:
            self.restore_from(Path(path))

    def restore_from(self, backup: Path) -> bool:
        from labinovasi.domain import LabinovasiError
        from labinovasi.services import recovery as backups

        target = Path(str(self.service.target))
        self.workspace.commit_pending()
        self.external_changes.bind(None)
        self.service.close()
        try:
            backups.restore(target, backup)
        except LabinovasiError as failure:
            warn(self, self.tr("Tidak dapat memulihkan"), str(failure))
            return self.open_workshop(target)
        opened = self.open_workshop(target)
        if opened:
            self.statusBar().showMessage(
                self.tr("Dipulihkan dari %1").replace("%1", backup.name), 10000
            )
        return opened

    def create_workshop(self, path: str | Path, **values) -> bool:
        """Create a workshop file (values as WorkshopService.create takes them) and open it."""
        from labinovasi.domain import LabinovasiError
        from labinovasi.services import WorkshopService  # lazy: SQLAlchemy after the window

        try:
            service = WorkshopService.create(path, **values)
        except LabinovasiError as error:
            warn(self, self.tr("Lokakarya tidak dibuat"), str(error))
            return False
        self.set_service(service, owned=True)
        remember_recent(str(path))
        return True

    def new_workshop_dialog(self) -> None:
        from labinovasi.ui.facilitator.workshop_dialog import WorkshopDialog

        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Lokakarya baru"),
            str(self._start_folder() / f"lokakarya{FILE_SUFFIX}"),
            self.tr("Berkas lokakarya (*.labinovasi)"),
        )
        if not path:
            return
        if not path.endswith(FILE_SUFFIX):
            path += FILE_SUFFIX
        dialog = WorkshopDialog(None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.create_workshop(path, **dialog.values())

    def close_workshop(self) -> None:
        """Close the open workshop (everything is already written); the board says what next."""
        if self.service is None:
            return
        self.workspace.commit_pending()
        if self._owns_service:
            self.service.close()
        self.service, self._owns_service = None, False
        self.external_changes.bind(None)
        self.undo_stack.clear()
        self.board.bind(None)
        self.workspace.bind(None, self.undo_stack)
        self.workspace.set_opd(None)
        self.show_tab("board")
        self._update_title()
        self._update_enabled()

    def save_as_dialog(self) -> None:
        if self.service is None or _is_url(self.service.target):
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Simpan lokakarya sebagai"),
            str(self._start_folder()),
            self.tr("Berkas lokakarya (*.labinovasi)"),
        )
        if path:
            self.save_as(Path(path))

    def save_as(self, out: Path):
        """Copy the workshop to `out` (in a worker) and continue in the copy."""
        from labinovasi.services.sync import copy_workshop

        if out.suffix != FILE_SUFFIX:
            out = out.with_name(out.name + FILE_SUFFIX)
        self.workspace.commit_pending()
        source = self.service.target
        return self._run(
            self.tr("Menyimpan salinan…"),
            lambda: copy_workshop(source, out),
            lambda _result: self.open_workshop(out),
        )

    def _start_folder(self) -> Path:
        """File dialogs start in the open workshop's folder (the home folder otherwise)."""
        if self.service is not None and not _is_url(self.service.target):
            return Path(str(self.service.target)).parent
        return Path.home()

    def show_shortcuts(self) -> QDialog:
        """Every menu action that has a keyboard shortcut, read from the actions themselves."""
        from labinovasi.ui.facilitator.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.menuBar(), self)
        dialog.open()
        return dialog

    def open_dialog(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Buka lokakarya"),
            str(self._start_folder()),
            self.tr("Berkas lokakarya (*.labinovasi);;Semua berkas (*)"),
        )
        if path:
            self.open_workshop(path)

    def open_server_dialog(self) -> None:
        url, ok = QInputDialog.getText(
            self,
            self.tr("Buka dari server"),
            self.tr("Alamat basis data, mis. postgresql+psycopg://user@host/lab:"),
        )
        if ok and url.strip():
            self.open_workshop(url.strip())

    def open_sample(self) -> bool:
        from labinovasi.domain import LabinovasiError
        from labinovasi.services.sample import sample_path

        try:
            return self.open_workshop(sample_path())
        except (OSError, LabinovasiError) as error:
            warn(self, self.tr("Contoh tidak dapat dibuat"), str(error))
            return False

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = recent_files()
        if not files:
            self.recent_menu.addAction(self.tr("(belum ada)")).setEnabled(False)
        for target in files:
            action = self.recent_menu.addAction(target)
            action.triggered.connect(lambda _checked=False, t=target: self.open_workshop(t))

    # -- navigation ------------------------------------------------------------------------

    def show_opd(self, opd_id: str) -> None:
        if self.service is None:  # the board painted at start-up, its workshop still loading
            return
        self.workspace.set_opd(opd_id)
        self.board.select_opd(opd_id)
        self.stack.setCurrentWidget(self.workspace)
        self._update_enabled()

    def show_tab(self, name: str) -> None:
        """ "board", or a workspace tab ("drumup", "diagnose", "design") of the current OPD
        (the first OPD when none is open yet). Used by screenshots and shortcuts."""
        if name == "board":
            self.workspace.commit_pending()
            self.stack.setCurrentWidget(self.board)
            self.board.view.setFocus()
            self._update_enabled()
            return
        if name.startswith("delivery"):  # "delivery" or "delivery:<tab>" (Pelaksanaan)
            self.workspace.commit_pending()
            self.stack.setCurrentWidget(self.delivery)
            if ":" in name:
                self.delivery.show_tab(name.split(":", 1)[1])
            self.delivery.refresh()
            return
        if self.workspace.opd_id is None and self.service is not None:
            opds = self.service.list_opds()
            if opds:
                self.workspace.set_opd(opds[0].id)
        self.stack.setCurrentWidget(self.workspace)
        self.workspace.show_tab(name)
        self._update_enabled()

    def step_opd(self, step: int) -> None:
        """Next/previous OPD in board order (Ctrl+PgDown / Ctrl+PgUp), keeping the tab."""
        if self.service is None:
            return
        ids = [o.id for o in self.service.list_opds()]
        if not ids:
            return
        current = self.workspace.opd_id or self.board.current_opd_id()
        index = ids.index(current) + step if current in ids else 0
        tab = self.workspace.tabs.currentIndex()
        self.workspace.set_opd(ids[index % len(ids)], follow_stage=False)
        self.workspace.tabs.setCurrentIndex(tab)
        self.board.select_opd(ids[index % len(ids)])
        self.stack.setCurrentWidget(self.workspace)
        self._update_enabled()

    def step_stage(self, step: int) -> bool:
        """Move the OPD in view one stage forward (1) or back (-1). From the board it is the
        selected row's OPD, and the outcome (or refusal) is shown on the board."""
        if self.stack.currentWidget() is self.workspace:
            return self.workspace.move_forward() if step > 0 else self.workspace.move_back()
        opd_id = self.board.current_opd_id()
        if opd_id is None:
            self.board.message.show_warning(self.tr("Pilih satu OPD di papan dulu."))
            return False
        self.workspace.set_opd(opd_id, follow_stage=False)
        moved = self.workspace.move_forward() if step > 0 else self.workspace.move_back()
        if self.workspace.refusal_frame.isVisibleTo(self.workspace):
            self.board.message.show_warning(
                self.workspace.refusal_label.text()
                + ". "
                + self.tr("Buka OPD (Enter) untuk melanjutkan dengan pengecualian.")
            )
        elif self.workspace.message.text():
            if moved:
                self.board.message.show_ok(self.workspace.message.text())
            else:
                self.board.message.show_warning(self.workspace.message.text())
        self.board.select_opd(opd_id)
        return moved

    def _idea_action(self, act) -> None:
        """Sunting menu's idea actions act on the idea selected in the drum-up list."""
        if self.stack.currentWidget() is not self.workspace:
            return
        self.workspace.show_tab("drumup")
        act()

    def focus_add_idea(self) -> None:
        opd_id = self._target_opd_id()
        if opd_id is None:
            return
        if opd_id != self.workspace.opd_id:
            self.workspace.set_opd(opd_id, follow_stage=False)
        self.stack.setCurrentWidget(self.workspace)
        self.workspace.show_tab("drumup")
        self.workspace.drumup.focus_input()

    @property
    def delivery(self) -> DeliveryArea:
        """The Pelaksanaan area (after the lab), built the first time it is needed: its
        modules load SQLAlchemy, which the window need not wait for before it is shown."""
        if self._delivery is None:
            from labinovasi.ui.facilitator.delivery_area import DeliveryArea

            self._delivery = DeliveryArea()
            self.stack.addWidget(self._delivery)
            self._delivery.backRequested.connect(lambda: self.show_tab("board"))
            self._delivery.jury.projectorWanted.connect(self.open_projector)
            if self.service is not None:
                self._delivery.bind(self.service)
        return self._delivery

    def _open_opd(self) -> str | None:
        return self.workspace.opd_id if self.stack.currentWidget() is self.workspace else None

    def refresh(self, _checked: bool = False) -> None:
        """F5: read everything shown again."""
        self.follow_change(Change.everything())

    def follow_change(self, change: Change) -> None:
        """A change notice: each view reads again only what it names."""
        if self.service is None:
            return
        self.workspace.apply_change(change)
        status = self.workspace.last_status
        self.board.apply_change(change, {status.opd.id: status} if status else None)
        # Pelaksanaan is read when shown (show_tab), and again here only while in view.
        if self._delivery is not None and self.stack.currentWidget() is self._delivery:
            self._delivery.refresh()
        if change.workshop:
            self._update_title()
        self._update_enabled()

    def _show_problem(self, text: str) -> None:
        self.statusBar().showMessage(text, 10000)

    # -- workshop data and imports ---------------------------------------------------------

    def edit_workshop_dialog(self) -> WorkshopDialog | None:
        from labinovasi.ui.facilitator.workshop_dialog import WorkshopDialog

        if self.service is None:
            return None
        dialog = WorkshopDialog(self.service.workshop(), self)
        dialog.accepted.connect(lambda: self.apply_workshop_data(dialog.values()))
        dialog.open()
        return dialog

    def papers_dialog(self) -> PapersDialog | None:
        if self.service is None:
            return None
        from labinovasi.ui.facilitator.papers_dialog import PapersDialog

        dialog = PapersDialog(self.service, self)
        dialog.open()
        return dialog

    def apply_workshop_data(self, values: dict) -> bool:
        from labinovasi.domain import LabinovasiError

        try:
            self.service.update_workshop(**values)
        except LabinovasiError as error:
            warn(self, self.tr("Data lokakarya"), str(error))
            return False
        notify()
        return True

    def opd_list_dialog(self):
        """Daftar OPD: correct names, merge two rows, remove an OPD entered by mistake."""
        from labinovasi.ui.facilitator.opd_list_dialog import OpdListDialog

        if self.service is None:
            return None
        dialog = OpdListDialog(self.service, self.undo_stack, self)
        dialog.open()
        return dialog

    def add_opd_dialog(self) -> None:
        from labinovasi.domain import LabinovasiError

        if self.service is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Tambah OPD"), self.tr("Nama OPD:"))
        if not ok:
            return
        abbreviation, ok = QInputDialog.getText(self, self.tr("Tambah OPD"), self.tr("Singkatan:"))
        if not ok:
            return
        try:
            self.service.add_opd(name, abbreviation)
        except LabinovasiError as error:
            warn(self, self.tr("OPD tidak ditambahkan"), str(error))
            return
        notify()

    def import_dialog(self, kind: str, path: str | Path | None = None):
        """Preview, then import, OPDs ("opd") or ideas ("ideas") from CSV/XLSX."""
        from labinovasi.ui.facilitator.import_dialog import ImportDialog

        if self.service is None:
            return None
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Pilih berkas"),
                str(self._start_folder()),
                self.tr("Tabel (*.csv *.xlsx);;Semua berkas (*)"),
            )
            if not path:
                return None
        dialog = ImportDialog(self.service, kind, Path(path), self)
        dialog.imported.connect(lambda report: self._imported(kind, report))
        dialog.open()
        dialog.start_preview()
        return dialog

    def _imported(self, kind: str, report) -> None:
        from labinovasi.ui.facilitator.import_dialog import report_text

        self.show_tab("board")
        self.board.message.show_ok(report_text(kind, report))

    def export_dialog(self) -> None:
        if self.service is None:
            return
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Ekspor"),
            str(self._start_folder() / "labinovasi-ekspor.xlsx"),
            "Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)",
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, out: Path):
        if not out.suffix:
            out = out.with_suffix(".xlsx")
        fmt = out.suffix.lower().lstrip(".")
        if fmt not in ("csv", "xlsx", "json"):
            fmt, out = "xlsx", out.with_suffix(".xlsx")
        target = self.service.target

        def work() -> Path:
            from labinovasi.services import WorkshopService  # lazy: SQLAlchemy after the window
            from labinovasi.services.export import export_workshop

            with WorkshopService.open(target) as service:
                return export_workshop(service, fmt, out)

        return self._run(
            self.tr("Mengekspor…"),
            work,
            lambda result: self.statusBar().showMessage(
                self.tr("Diekspor ke %1").replace("%1", str(result)), 10000
            ),
        )

    def _run(self, label: str, work, on_success):
        from labinovasi.ui.tasks import run_with_progress

        def failed(error: Exception) -> None:
            warn(self, self.tr("Gagal"), str(error))

        task = run_with_progress(self, label, work, on_success, failed)
        self._workers.append(task)
        # Only bookkeeping: missing it when the task is already over does no harm.
        task.finished.connect(lambda: self._workers.remove(task) if task in self._workers else None)
        return task

    # -- other screens: imported when used, to keep start-up light --------------------------

    def print_preview(self, kind: str) -> None:
        if self.service is None:
            return
        from labinovasi.ui.facilitator.print_preview import PrintPreviewDialog

        self.workspace.commit_pending()
        opd_id = None
        if kind == "opd":
            in_workspace = self.stack.currentWidget() is self.workspace
            opd_id = self.workspace.opd_id if in_workspace else self.board.current_opd_id()
            if opd_id is None:
                QMessageBox.information(
                    self, self.tr("Pratinjau cetak"), self.tr("Pilih satu OPD di papan dulu.")
                )
                return
        PrintPreviewDialog(self.service, kind=kind, opd_id=opd_id, parent=self).exec()

    def open_office_papers(self):
        """Cetak → Dokumen kantor…: every paper the command line makes (the registry's)."""
        if self.service is None:
            return None
        from labinovasi.ui.facilitator.office_papers_dialog import OfficePapersDialog

        self.workspace.commit_pending()
        dialog = OfficePapersDialog(self.service, parent=self)
        dialog.open()
        return dialog

    def open_phone_join(self):
        """Tampilan → Ikut lewat HP: the participants' phone page served from this laptop."""
        from labinovasi.ui.facilitator.phone_join import open_phone_join

        return open_phone_join(self)

    def open_iga_view(self):
        """The Kesiapan IGA window (checklist, estimate, what-if), one at a time."""
        if self.service is None:
            return None
        from labinovasi.ui.facilitator.iga_view import IgaView

        self.workspace.commit_pending()
        view = next((w for w in self._windows if isinstance(w, IgaView)), None)
        if view is not None and view.service is not self.service:  # another workshop now
            self._windows.remove(view)
            view.close()
            view = None
        if view is None:
            view = IgaView(self.service, parent=self)
            self._windows.append(view)
        else:
            view.refresh()
        view.show()
        view.raise_()
        view.activateWindow()
        return view

    def open_projector(self):
        if self.service is None:
            return None
        from labinovasi.ui.projector.projector_window import ProjectorWindow

        window = self._projector()
        if window is None:
            window = ProjectorWindow(self.service)
            self._windows.append(window)
            window.show_on_projector()
        window.facilitator = self  # its countdown dialog opens here, not on the projection
        window.raise_()
        return window

    def _projector(self):
        """The projector window already open, if any (one is enough for one room)."""
        return next(
            (w for w in self._windows if w.objectName() == "projectorWindow" and w.isVisible()),
            None,
        )

    def open_countdown(self):
        """The countdown's controls, on the facilitator's screen rather than the projected one."""
        projector = self._projector() or self.open_projector()
        if projector is None:
            return None
        projector.facilitator = self
        return projector.open_countdown_dialog()

    def open_station(self):
        if self.service is None:
            return None
        from labinovasi.ui.station.station_window import StationWindow

        # The station keeps the workshop it was opened on, even if this window opens another.
        return self._run_station(StationWindow(self.service))

    def open_juror_station(self):
        """A juror scores the gelar inovasi on this laptop (station_jury), kiosk as above."""
        if self.service is None:
            return None
        from labinovasi.ui.station.station_jury import JuryStationWindow

        return self._run_station(JuryStationWindow(self.service))

    def _run_station(self, window):
        self._windows.append(window)
        # Kiosk: while the station runs this window is hidden and locked, so a participant who
        # reaches it (Alt+Tab, a click) can neither type into it nor quit it.
        self._station = window
        self._lock_for_station(True)
        window.closed.connect(lambda: self._lock_for_station(False))
        window.show()
        return window

    def station_running(self) -> bool:
        station = getattr(self, "_station", None)
        return station is not None and not station._shut

    def _lock_for_station(self, locked: bool) -> None:
        """While the station runs every action is disabled by the lock alone; afterwards each
        is enabled again as its declaration says (nothing remembered: the menus' own actions
        once came back disabled, issue 25)."""
        self.menuBar().setEnabled(not locked)
        self.centralWidget().setEnabled(not locked)
        self.actions.lock(locked)
        self.external_changes.pause(locked)
        if locked:
            self.hide()
        else:
            self._station = None
            self.show()
            self._update_enabled()

    def station_copy_dialog(self):
        """Asks the station's name and whether to carry the evidence files, then where."""
        if self.service is None:
            return None
        from labinovasi.services.evidence import stored_file_count
        from labinovasi.ui.facilitator.station_dialogs import StationCopyDialog

        files, size = stored_file_count(self.service)
        dialog = StationCopyDialog(files, size, self)
        self.station_copy_form = dialog

        def chosen() -> None:
            name = dialog.station_name()
            path, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Simpan salinan stasiun"),
                str(self._start_folder() / f"stasiun-{name.replace(' ', '-')}{FILE_SUFFIX}"),
                self.tr("Berkas lokakarya (*.labinovasi)"),
            )
            if path:
                self.make_station_copy(Path(path), name, dialog.with_evidence())

        dialog.accepted.connect(chosen)
        dialog.open()
        return dialog

    def make_station_copy(self, out: Path, station_name: str, with_evidence: bool = False):
        """Write a station copy of the open workshop in a worker; returns the worker."""
        from labinovasi.services.sync import make_station_copy

        source = self.service.target
        return self._run(
            self.tr("Membuat salinan stasiun…"),
            lambda: make_station_copy(source, out, station_name, with_evidence=with_evidence),
            lambda made: self.statusBar().showMessage(
                self.tr("Salinan stasiun dibuat: %1").replace("%1", str(out)) + " " + made.line(),
                15000,
            ),
        )

    def merge_dialog(self):
        """Chooses the copies to merge; the open workshop itself is not offered."""
        if self.service is None:
            return None
        from labinovasi.ui.facilitator.station_dialogs import MergeFileDialog

        dialog = MergeFileDialog(self.service.target, self._start_folder(), self)
        self.merge_file_dialog = dialog
        dialog.accepted.connect(lambda: self.merge_files(dialog.chosen()))
        dialog.open()
        return dialog

    def merge_into_main_dialog(self) -> None:
        """From a station copy: choose the main file, merge this copy into it, open it."""
        if self.service is None or _is_url(self.service.target):
            return
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih berkas utama lokakarya"),
            str(self._start_folder()),
            self.tr("Berkas lokakarya (*.labinovasi)"),
        )
        if path:
            self.merge_into_main(Path(path))

    def merge_into_main(self, main: Path):
        """Merge the open station copy into `main` in a worker; then `main` is opened here and
        the report shown (a refusal, e.g. the copy itself chosen, changes nothing)."""
        from labinovasi.services.sync import merge

        self.workspace.commit_pending()
        copy = Path(str(self.service.target))

        def merged(report) -> None:
            if self.open_workshop(main):
                self._show_merge_report(report)

        return self._run(self.tr("Menggabungkan…"), lambda: merge(main, [copy]), merged)

    def merge_files(self, paths: list[Path]):
        """Merge station copies into the open workshop in a worker, then show the report."""
        from labinovasi.services.sync import merge

        main_target = self.service.target
        return self._run(
            self.tr("Menggabungkan…"), lambda: merge(main_target, paths), self._show_merge_report
        )

    def _show_merge_report(self, report) -> QDialog:
        from labinovasi.ui.facilitator.station_dialogs import MergeReportDialog

        notify()
        dialog = MergeReportDialog(report.lines(), self)
        self.merge_report = dialog
        self.merge_report_text = dialog.text
        dialog.open()
        return dialog

    # -- language, about, closing ----------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Save the choice and switch now; widgets retranslate on Qt's LanguageChange."""
        from labinovasi.i18n import set_language

        QSettings().setValue("language", language)
        set_language(language)
        from labinovasi.ui.translation import install_translators

        install_translators(QApplication.instance(), language)
        self.refresh()

    def _check_language(self) -> None:
        from labinovasi.i18n import current_language

        if not self.built:
            return
        action = self.language_actions.get(current_language())
        if action is not None:
            action.setChecked(True)

    def open_guide(self):
        from labinovasi.ui.facilitator.guide_dialog import open_guide

        self.guide_dialog = open_guide(self)
        return self.guide_dialog

    def about(self) -> None:
        from labinovasi import __version__

        QMessageBox.about(
            self,
            self.tr("Tentang Labinovasi"),
            self.tr(
                "Labinovasi %1\nAlat bantu Laboratorium Inovasi Daerah: gagasan, diagnosis, dan "
                "rancangan inovasi setiap OPD, luring."
            ).replace("%1", __version__),
        )

    def showEvent(self, event) -> None:
        self._check_language()
        super().showEvent(event)

    def closeEvent(self, event) -> None:
        if self.station_running():
            # Ctrl+Q or the window manager's close while a participant station is open: no.
            event.ignore()
            self._station.reclaim_focus()
            return
        if self.built:
            self.workspace.commit_pending()
        self.save_placement()
        for window in self._windows:
            window.close()
        for worker in list(self._workers):
            worker.wait(30000)
        super().closeEvent(event)
        if self.built:
            self.external_changes.bind(None)
        if self._owns_service and self.service is not None:
            self.service.close()


def _is_url(target) -> bool:
    return "://" in str(target)


__all__ = ["MainWindow"]


def run_gui(target: str | None = None, sample: bool = False, language: str | None = None) -> int:
    """Open the main window (on `target`, or the sample workshop) and run until it closes."""
    app = create_app(language)
    # The frame is painted before the board, the menus and the workshop (and SQLAlchemy with
    # it) load: the facilitator sees the app at once, and it fills a moment later.
    window = MainWindow(build=False)
    window.show()
    app.processEvents()
    probe.mark("shown")

    def loaded() -> None:
        app.processEvents()
        probe.mark("loaded")
        probe.finish(app)

    def load() -> None:
        path = _start_target(target, sample)
        if path is None:
            window.build()
            if sample:  # built now, the first time
                window.open_sample()
            probe.mark("usable")
            loaded()
            return
        if not _paint_then_open(window, path, loaded):
            window.build()
            window.open_workshop(path)
            probe.mark("usable")
            loaded()

    QTimer.singleShot(0, load)
    return app.exec()


def _start_target(target: str | None, sample: bool) -> str | None:
    """The workshop to open at start: the sample (when built), `target`, or the last one."""
    if sample:
        from labinovasi.services.sample import sample_file

        path = sample_file()  # not built yet: opened the ordinary way, which builds it
        return str(path) if path.exists() else None
    if target:
        return target
    files = [f for f in recent_files() if "://" in f or Path(f).exists()]
    return files[0] if files else None


def _paint_then_open(window: MainWindow, path: str, done) -> bool:
    """Paint the board of the workshop file at `path` at once (read without SQLAlchemy), then
    open its service off the GUI thread and bind it (every action works from then on); call
    `done()` after. False when the file has no such board (a server, another schema version,
    unreadable): the caller opens it the ordinary way."""
    from labinovasi.services.board_preview import preview_status
    from labinovasi.ui.tasks import run_task

    status = preview_status(path)
    if status is None:
        return False
    window.build_board()
    window.board.preview(status)
    QApplication.processEvents()
    probe.mark("usable")

    def open_service():
        from labinovasi.services import WorkshopService

        return WorkshopService.open(path, backup_in_background=True)

    def opened(service) -> None:
        if window.service is None:
            window.open_workshop(path, service)
        else:  # the facilitator opened another workshop meanwhile: that one stays
            service.close()
        done()

    def failed(_error: Exception) -> None:
        # Opened again here, so the message (or the offer of a backup) is the ordinary one.
        if window.service is None and not window.open_workshop(path):
            window.board.bind(None)  # not the painted board of a file that did not open
        done()

    window.build()  # the workspace, the actions and menus
    # Then the service, off the GUI thread (the window stays responsive while SQLAlchemy
    # loads); not while build() imports the workspace's modules, which it shares some of.
    run_task(open_service, opened, failed)
    return True
