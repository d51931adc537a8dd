"""The gelar inovasi driven like a facilitator: fixing the Top-N too early asks first, "Tampilkan
di proyektor" opens the projector on the ranking under the gelar's own name, place and date, and
the countdown's controls stay on the facilitator's window (issue 25)."""

from __future__ import annotations

from datetime import date

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from labinovasi.services import jury
from labinovasi.services.innovations import Innovations
from labinovasi.ui.projector.projector_window import CountdownDialog

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def gelar(window, qtbot):
    """Two innovations presented at the gelar; Dr. Sari has scored both (one juror)."""
    service = window.service
    store = Innovations(service)
    first = store.add(service.find_opd("DINKES").id, "SIAP ANTRE")
    second = store.add(service.find_opd("DINSOS").id, "SI BANSOS")
    jury.update_event(
        service, title="Gelar Inovasi Daerah 2027", on_date=date(2027, 3, 10), place="Aula Bappeda"
    )
    jury.set_presentations(service, [first.id, second.id])
    sari = jury.add_juror(service, "Dr. Sari")
    keys = [c.key for c in jury.rubric(service).criteria]
    jury.set_scores(service, sari.id, first.id, dict.fromkeys(keys, 80))
    jury.set_scores(service, sari.id, second.id, dict.fromkeys(keys, 90))
    window.delivery_action.trigger()  # Tampilan → Pelaksanaan
    window.delivery.show_tab("jury")
    panel = window.delivery.jury
    panel.refresh()
    return service, panel, first, second


def click_box_button(qtbot, box: QMessageBox, which: QMessageBox.StandardButton) -> None:
    qtbot.mouseClick(box.button(which), LEFT)


def test_fixing_with_too_few_innovations_and_jurors_asks_first(gelar, qtbot):
    service, panel, _first, _second = gelar
    assert jury.event(service).top_n == 3
    qtbot.mouseClick(panel.fix_button, LEFT)
    box = panel.confirm_box
    assert box is not None and box.isVisible()  # the old code fixed it without a word
    text = box.text()
    assert "Baru 2 inovasi dengan lembar nilai lengkap, kurang dari 3 juara" in text
    assert "kurang dari 2 juri" in text and "SIAP ANTRE (1 juri)" in text
    assert "--force" not in text  # the command line's option is not the GUI's business
    click_box_button(qtbot, box, QMessageBox.StandardButton.Cancel)
    assert not jury.event(service).fixed and panel.fix_button.isEnabled()

    qtbot.mouseClick(panel.fix_button, LEFT)
    click_box_button(qtbot, panel.confirm_box, QMessageBox.StandardButton.Yes)
    assert jury.event(service).fixed
    assert not panel.save_sheet_button.isEnabled()


def test_fixing_with_enough_jurors_and_innovations_does_not_ask(gelar, qtbot):
    service, panel, first, second = gelar
    budi = jury.add_juror(service, "Ir. Budi")
    keys = [c.key for c in jury.rubric(service).criteria]
    for innovation in (first, second):
        jury.set_scores(service, budi.id, innovation.id, dict.fromkeys(keys, 70))
    panel.top_spin.setValue(1)
    qtbot.mouseClick(panel.save_event_button, LEFT)
    qtbot.mouseClick(panel.fix_button, LEFT)
    assert panel.confirm_box is None
    assert jury.event(service).fixed


def test_reveal_opens_the_projector_on_the_gelar_ranking(gelar, window, qtbot):
    service, panel, _first, _second = gelar
    jury.fix_top(service, force=True)
    panel.refresh()
    assert window._projector() is None
    assert panel.reveal_button.text().replace("&", "") == "Tampilkan di proyektor"
    qtbot.mouseClick(panel.reveal_button, LEFT)
    projector = window._projector()
    assert projector is not None and projector.isVisible()  # the old code only set a flag
    assert projector.ranking_view.isVisible() and not projector.board.isVisible()
    # The header names the gelar inovasi, its place and day, not the lab's.
    assert projector.title_label.text() == "Gelar Inovasi Daerah 2027"
    subtitle = projector.subtitle_label.text()
    assert "Aula Bappeda" in subtitle and "10 Maret 2027" in subtitle
    workshop = service.workshop()
    assert workshop.title not in (projector.title_label.text(), subtitle)
    if workshop.place:
        assert workshop.place not in subtitle

    # Hidden again: the projector goes back to the lab's board and header.
    qtbot.mouseClick(panel.reveal_button, LEFT)
    assert not projector.ranking_view.isVisible() and projector.board.isVisible()
    assert projector.title_label.text() == workshop.title

    # Shown once more while the projector is open: the same window, raised, not a second.
    qtbot.mouseClick(panel.reveal_button, LEFT)
    assert window._projector() is projector
    assert sum(w.objectName() == "projectorWindow" for w in window._windows) == 1


def shown_countdowns() -> list[CountdownDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, CountdownDialog) and w.isVisible()
    ]


def test_countdown_opens_on_the_facilitators_window_not_the_projector(window, qtbot):
    window.projector_action.trigger()  # Tampilan → Tampilan proyektor (F8)
    projector = window._projector()
    qtbot.waitExposed(projector)

    # From the projector's own menu (right click on the projected board) ...
    projector.countdown_action.trigger()
    (dialog,) = shown_countdowns()
    qtbot.waitExposed(dialog)
    assert dialog.parentWidget() is window  # the old code parented it to the projector
    assert projector.findChildren(CountdownDialog) == []
    assert dialog.screen() == window.screen()
    assert window.frameGeometry().contains(dialog.frameGeometry().center())
    dialog.close()

    # ... and from the main window's menu (Tampilan → Hitung mundur di proyektor…).
    window.countdown_action.trigger()
    (again,) = shown_countdowns()
    qtbot.waitExposed(again)
    assert again.parentWidget() is window
    qtbot.waitUntil(again.isActiveWindow, timeout=2000)  # focus on the controls, not the hall
    assert window.frameGeometry().contains(again.frameGeometry().center())
    window.countdown_action.trigger()  # asked twice: the same dialog, not a second one
    assert shown_countdowns() == [again]
    qtbot.mouseClick(again.set_button, LEFT)
    assert projector.countdown_seconds == 15 * 60 and projector.countdown_label.isVisible()
