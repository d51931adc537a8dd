"""Projector view: the room sees progress and a countdown, and nothing it could edit."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
)

from labinovasi.services import WorkshopService
from labinovasi.ui.projector.projector_window import CountdownDialog, ProjectorWindow, format_clock

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def projector(qtbot, sample):
    window = ProjectorWindow(sample)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def test_shows_the_summary_and_every_opd(projector, sample):
    assert projector.objectName() == "projectorWindow"
    assert projector.summary_label.text() == "8 dari 12 OPD (66,7%) memenuhi minimal 5 gagasan"
    assert projector.title_label.text() == sample.workshop().title
    entries = {e.abbreviation: e for e in projector.board.entries}
    assert len(entries) == 12
    assert entries["DINKES"].met and entries["DINKES"].progress == "6 dari 5"
    assert not entries["BPKAD"].met and entries["BPKAD"].progress == "2 dari 5"
    assert entries["DINKES"].stage == "Design"
    assert entries["DINKES"].team == "profil 13/14 isian"


def test_no_editing_widgets_and_no_private_data(projector):
    for kind in (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox, QPushButton):
        assert projector.findChildren(kind) == [], kind.__name__
    shown = " ".join(label.text().lower() for label in projector.findChildren(QLabel))
    assert "pin" not in shown.split()
    assert projector.menu.actions()  # the facilitator's controls live in the context menu


def test_countdown_ticks_pauses_and_resets(projector):
    assert not projector.countdown_label.isVisible()
    projector.set_countdown(2)
    assert projector.countdown_label.isVisible()
    assert projector.countdown_label.text() == "02:00"
    projector.start()
    assert projector.countdown_running
    projector._tick()
    projector._tick()
    assert projector.remaining_seconds == 118
    assert projector.countdown_label.text() == "01:58"
    projector.pause()
    assert not projector.countdown_running
    projector.reset()
    assert projector.countdown_label.text() == "02:00"


def test_countdown_ends_with_time_up(projector, qtbot):
    projector.set_countdown(1 / 60)  # one second
    projector.start()
    with qtbot.waitSignal(projector.countdownFinished, timeout=1000):
        projector._tick()
    assert projector.remaining_seconds == 0
    assert not projector.countdown_running
    assert projector.countdown_label.text() == "Waktu habis"


def test_refresh_picks_up_new_ideas(projector, sample):
    bpkad = sample.find_opd("BPKAD")
    for text in ("Gagasan baru satu", "Gagasan baru dua", "Gagasan baru tiga"):
        sample.add_idea(bpkad.id, text)
    projector._refresh_timer.timeout.emit()  # what the poll does every few seconds
    entries = {e.abbreviation: e for e in projector.board.entries}
    assert entries["BPKAD"].met and entries["BPKAD"].progress == "5 dari 5"
    assert projector.summary_label.text().startswith("9 dari 12 OPD (75%)")


def test_fifty_opds_fit_on_small_and_large_screens(projector, sample, qtbot):
    for number in range(38):
        sample.add_opd(f"Kecamatan Contoh {number}", f"KEC-{number}")
    projector.refresh()
    assert len(projector.board.entries) == 50
    for width, height in ((1366, 768), (1920, 1080)):
        projector.resize(width, height)
        qtbot.waitUntil(lambda w=width: projector.width() == w)
        columns, rows, scale = projector.board.grid()
        assert columns * rows >= 50
        assert rows * projector.board.IDEAL.height() * scale <= projector.board.height() + 1
        assert scale >= 0.55  # still readable: tiles at least ~55% of their ideal size


def test_countdown_dialog_drives_the_projector(projector, qtbot):
    dialog = CountdownDialog(projector)
    qtbot.addWidget(dialog)
    dialog.minutes.setValue(10)
    qtbot.mouseClick(dialog.set_button, LEFT)
    assert projector.countdown_label.text() == "10:00"
    qtbot.mouseClick(dialog.start_button, LEFT)
    assert projector.countdown_running
    assert dialog.start_button.text() == "Jeda"
    projector._tick()
    assert dialog.remaining_label.text() == "09:59"
    qtbot.mouseClick(dialog.reset_button, LEFT)
    assert not projector.countdown_running
    assert dialog.remaining_label.text() == "10:00"


def test_format_clock():
    assert format_clock(725) == "12:05"
    assert format_clock(3723) == "1:02:03"
    assert format_clock(-3) == "00:00"


def test_app_signal_refreshes_at_once(projector, sample):
    from labinovasi.ui.signals import notify

    dinsos = sample.find_opd("DINSOS")
    sample.add_idea(dinsos.id, "Bank data penerima bansos terpadu")
    sample.add_idea(dinsos.id, "Layanan pengaduan sosial lewat SMS")
    notify()
    entries = {e.abbreviation: e for e in projector.board.entries}
    assert entries["DINSOS"].progress == "5 dari 5" and entries["DINSOS"].met


def test_follows_the_workshop_the_facilitator_opens(projector, tmp_path):
    from labinovasi.ui.signals import signals

    with WorkshopService.create(tmp_path / "lain.labinovasi", "Lab Inovasi Kota Lain") as other:
        other.add_opd("Dinas Sosial", "DINSOS")
        signals.workshopOpened.emit(other)
        assert projector.service is other
        assert [e.abbreviation for e in projector.board.entries] == ["DINSOS"]


def test_one_screen_projector_says_how_to_fill_the_screen(qtbot, sample):
    """On a one-screen laptop the projector opens as a window with "F11: layar penuh";
    F11 fills the screen and the hint goes (issue 14 #17)."""
    from PySide6.QtWidgets import QApplication

    assert len(QApplication.screens()) == 1
    window = ProjectorWindow(sample)
    qtbot.addWidget(window)
    window.show_on_projector()
    qtbot.waitExposed(window)
    assert not window.isFullScreen()
    assert window.full_screen_hint.isVisible()
    assert window.full_screen_hint.text().startswith("F11: layar penuh")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen, timeout=2000)
    assert not window.full_screen_hint.isVisible()
