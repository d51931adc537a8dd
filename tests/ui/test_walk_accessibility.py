"""Every control a screen reader can reach has a name, and every input field a description,
in both languages: the main window's pages and tabs, each dialog its menus open, the stations,
the projector, the papers dialog and the IGA view. Names as Qt's accessibility interface
reports them (buddy labels and button texts count)."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from labinovasi.ui.widgets.accessibility import (
    is_focusable,
    is_input_field,
    is_qt_part,
    spoken_description,
    spoken_name,
)

PIN = "2468"


@pytest.fixture(autouse=True)
def as_found(qapp):
    """The tests start the app as `create_app` does; the later tests find it as before."""
    from labinovasi import i18n
    from labinovasi.ui.translation import install_translators
    from labinovasi.ui.widgets.accessibility import uninstall_accessibility

    yield
    uninstall_accessibility(qapp)
    install_translators(qapp, "id")
    i18n.set_language("id")


def where(widget: QWidget) -> str:
    path = []
    node: QWidget | None = widget
    while node is not None and not node.isWindow():
        path.append(node.objectName() or type(node).__name__)
        node = node.parentWidget()
    path.append(type(node).__name__ if node is not None else "?")
    return "/".join(reversed(path)) + f" ({type(widget).__name__})"


def problems_in(root: QWidget, screen: str) -> list[str]:
    """Focusable widgets (visible or not) without a spoken name, input fields without a
    spoken description."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        # Qt's own parts of a composite (a spin box's line edit, a combo box's popup) speak
        # through their owner; popups are windows of their own.
        if not is_focusable(widget) or widget.window() is not root or is_qt_part(widget):
            continue
        if not spoken_name(widget):
            problems.append(f"{screen}: no name: {where(widget)}")
        elif is_input_field(widget) and not spoken_description(widget):
            problems.append(f"{screen}: no description: {where(widget)} {spoken_name(widget)!r}")
    return problems


def walk_everything(qtbot, window, samples_dir) -> list[str]:
    from labinovasi.ui.facilitator.drumup_tab import IdeaEditDialog, MoveIdeaDialog
    from labinovasi.ui.facilitator.evidence_dialog import EvidenceDialog
    from labinovasi.ui.facilitator.guide_dialog import GuideDialog
    from labinovasi.ui.facilitator.jury_rubric import RubricDialog
    from labinovasi.ui.facilitator.print_preview import PrintPreviewDialog
    from labinovasi.ui.facilitator.shortcuts_dialog import ShortcutsDialog
    from labinovasi.ui.facilitator.workshop_dialog import WorkshopDialog
    from labinovasi.ui.station.station_jury import JuryStationWindow
    from labinovasi.ui.station.station_window import StationWindow
    from labinovasi.ui.widgets.common import ReasonDialog

    service = window.service
    problems = problems_in(window, "papan OPD")
    window.show_opd(service.find_opd("DINKES").id)
    for name in ("drumup", "diagnose", "design"):
        window.show_tab(name)
        qtbot.wait(1)
        problems += problems_in(window, name)
    for tab in ("timeline", "monitoring", "evidence", "verification", "jury"):
        window.show_tab(f"delivery:{tab}")
        qtbot.wait(1)
        problems += problems_in(window, f"delivery:{tab}")

    def walk(widget: QWidget, screen: str) -> None:
        nonlocal problems
        qtbot.addWidget(widget)
        widget.show()
        qtbot.wait(1)
        problems += problems_in(widget, screen)
        widget.close()
        assert not widget.isVisible(), screen

    window.show_tab("drumup")
    idea = window.workspace.findChild(QWidget, "drumupTab").model.view(0)
    walk(IdeaEditDialog(idea, window), "ubah gagasan")
    walk(MoveIdeaDialog(idea, service.list_opds(), window), "pindah gagasan")
    walk(ReasonDialog("Tarik", "Tulis &alasannya:", "Tarik", window), "tarik gagasan")
    walk(EvidenceDialog(window, link=True), "tautan bukti")
    importer = window.import_dialog("opd", samples_dir / "opd.csv")
    with qtbot.waitSignal(importer.previewReady, timeout=10000):
        pass
    problems += problems_in(importer, "impor OPD")
    importer.close()
    walk(WorkshopDialog(service.workshop(), window), "lokakarya")
    walk(window.papers_dialog(), "surat-surat")
    walk(window.open_iga_view(), "IGA")
    walk(ShortcutsDialog(window.menuBar(), window), "pintasan")
    walk(GuideDialog(window), "panduan")
    walk(RubricDialog(service, window), "rubrik")
    preview = PrintPreviewDialog(service, kind="summary", parent=window)
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.ready, timeout=60000):  # no render left running after
        preview.show()
    problems += problems_in(preview, "pratinjau")
    preview.close()
    walk(window.open_countdown(), "hitung mundur")
    walk(window.open_projector(), "proyektor")
    # Without a PIN (the set-up page first) a station closes without one: none is left running
    # (its timers would stall later tests). Every page is walked, shown or not.
    walk(StationWindow(service, None, fullscreen=False), "stasiun")
    walk(JuryStationWindow(service, None, fullscreen=False), "stasiun juri")
    return problems


@pytest.fixture
def app_language(qapp, request):
    """The application as `create_app` makes it, in the language asked, before any window."""
    from labinovasi.ui.app import create_app
    from labinovasi.ui.translation import install_translators

    assert create_app(request.param) is qapp
    yield request.param
    install_translators(qapp, "id")


@pytest.mark.parametrize("app_language", ["id", "en"], indirect=True)
def test_every_control_has_a_name_and_every_field_a_description(
    qtbot, app_language, window, samples_dir
):
    qtbot.wait(1)
    problems = walk_everything(qtbot, window, samples_dir)
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(sorted(set(problems)))


def test_names_follow_a_change_of_language(qtbot, qapp, window):
    """Derived names and descriptions are re-derived in the new language; explicit ones are
    retranslated by their window."""
    from labinovasi.ui.app import create_app
    from labinovasi.ui.translation import install_translators

    create_app("id")
    board = window.board
    window.hide()
    window.show()  # named on show, as after create_app
    combo = board.findChild(QWidget, "boardFilter")
    previous = window.workspace.previous_button
    assert spoken_name(previous) == "Tahap sebelumnya"
    indonesian = spoken_description(combo)
    assert indonesian.endswith("pilih salah satu dari daftar")
    try:
        install_translators(qapp, "en")
        qtbot.waitUntil(lambda: spoken_description(combo).endswith("pick one from the list"))
        assert spoken_name(previous) == "Previous stage"
    finally:
        install_translators(qapp, "id")
    qtbot.waitUntil(lambda: spoken_description(combo) == indonesian)


def test_station_drumup_with_the_keyboard_alone(qtbot, qapp, sample_service):
    """Pick an OPD by typing, write an idea and save it with Enter, then Tab through the page
    in reading order: the idea box, the fields, the add button, the list, back to the top."""
    from labinovasi.services.station_lock import hash_pin
    from labinovasi.ui.app import create_app

    assert create_app("id") is qapp  # as run_station starts it
    from labinovasi.ui.station.station_window import StationWindow

    station = StationWindow(sample_service, hash_pin(PIN), fullscreen=False)
    qtbot.addWidget(station)
    station.resize(1366, 768)
    station.show()
    qtbot.waitExposed(station)
    search = station.pick_page.search
    assert station.focusWidget() is search
    qtbot.keyClicks(search, "kesehatan")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    page = station.ideas_page
    assert station.current_page() is page
    assert station.focusWidget() is page.idea_input
    qtbot.keyClicks(page.idea_input, "Antrean daring puskesmas lewat WhatsApp")
    qtbot.keyClick(page.idea_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.last_saved_id is not None)
    visited = [station.focusWidget()]
    for _ in range(12):
        qtbot.keyClick(station.focusWidget(), Qt.Key.Key_Tab)
        visited.append(station.focusWidget())
        if visited[-1] is page.idea_input:
            break
    names = [w.objectName() for w in visited]
    order = [
        page.idea_input,
        page.author_input,
        page.same_author,  # "sama pengusul", right after the name it keeps
        page.problem_input,
        page.save_button,
        page.correct_button,  # shown for a moment after one's own idea is saved
        page.idea_list,
        page.change_button,
        page.idea_input,
    ]
    assert visited == order, names
    assert spoken_name(page.idea_list) and spoken_name(page.save_button)
    texts = [page.idea_list.item(i).text() for i in range(page.idea_list.count())]
    assert any("Antrean daring puskesmas" in t for t in texts)
    assert station.unlock(PIN)


def test_text_grows_with_the_application_font(qtbot, qapp, sample_service):
    """A larger system font makes the styled headings and counters larger too, in the
    facilitator's window and at the station (style sheets derive their sizes from it)."""
    from PySide6.QtGui import QFont, QFontInfo

    from labinovasi.services.station_lock import hash_pin
    from labinovasi.ui.facilitator.main_window import MainWindow
    from labinovasi.ui.station.station_window import StationWindow

    def pixel_sizes() -> list[int]:
        window = MainWindow(service=sample_service)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        window.show_opd(sample_service.find_opd("DINKES").id)
        station = StationWindow(sample_service, hash_pin(PIN), fullscreen=False)
        qtbot.addWidget(station)
        station.resize(1366, 768)
        station.show()
        labels = [
            window.board.workshop_label,
            window.board.summary_label,
            window.workspace.findChild(QWidget, "drumupTab").counter_label,
            station.ideas_page.idea_label,
            station.pick_page.findChild(QWidget, "stationPickHeading"),
        ]
        for label in labels:
            label.ensurePolished()
        sizes = [QFontInfo(label.font()).pixelSize() for label in labels]
        window.close()
        station.unlock(PIN)
        return sizes

    default = QFont(qapp.font())
    before = pixel_sizes()
    larger = QFont(default)
    larger.setPointSizeF(default.pointSizeF() * 1.6)
    qapp.setFont(larger)
    try:
        after = pixel_sizes()
    finally:
        qapp.setFont(default)
    assert all(a >= b * 1.4 for a, b in zip(after, before, strict=True)), (before, after)
