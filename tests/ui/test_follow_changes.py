"""Views follow changes: one notice per write naming what changed, each view reading only
that (the board one row, the drum-up list appended), and other processes' writes followed
without F5 (issue 22)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from labinovasi.ui.facilitator.main_window import MainWindow
from labinovasi.ui.signals import Change, signals

SRC = str(Path(__file__).resolve().parents[2] / "src")


def _cli_idea_add(path: Path, opd: str, text: str) -> None:
    """Another process (the command line) adds an idea to the open workshop."""
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "labinovasi",
            "idea",
            "add",
            str(path),
            "--opd",
            opd,
            "--text",
            text,
        ],
        env=dict(os.environ, PYTHONPATH=SRC),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr


def _window(qtbot, service) -> MainWindow:
    main = MainWindow(service=service)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    return main


def test_the_open_board_shows_another_process_idea_within_two_seconds(
    qtbot, service, workshop_path, board_progress
):
    service.add_opd("Dinas Kesehatan", "DINKES")
    service.add_opd("Dinas Pendidikan", "DISDIK")
    main = _window(qtbot, service)
    assert board_progress(main, "DINKES") == "0 dari 5"
    _cli_idea_add(workshop_path, "DINKES", "Antrean puskesmas lewat WhatsApp")
    # No key pressed, no F5: the board follows by itself.
    qtbot.waitUntil(lambda: board_progress(main, "DINKES") == "1 dari 5", timeout=2000)
    assert board_progress(main, "DISDIK") == "0 dari 5"
    assert "1 tersimpan" in main.board.summary_label.text()


def test_the_open_drumup_list_shows_another_process_idea_within_two_seconds(
    qtbot, service, workshop_path
):
    opd = service.add_opd("Dinas Kesehatan", "DINKES")
    service.add_idea(opd.id, "Gagasan pertama dari meja")
    main = _window(qtbot, service)
    main.show_opd(opd.id)
    main.show_tab("drumup")
    drumup = main.workspace.drumup
    assert drumup.model.rowCount() == 1
    _cli_idea_add(workshop_path, "DINKES", "Gagasan kedua dari stasiun lain")

    def shown() -> bool:
        last = drumup.model.view(drumup.model.rowCount() - 1)
        return last is not None and last.idea.text == "Gagasan kedua dari stasiun lain"

    qtbot.waitUntil(shown, timeout=2000)
    assert "tersimpan 2" in drumup.counter_label.text()
    assert main.workspace.progress_bar.text() == "2 dari 5"


def test_one_idea_typed_names_its_opd_and_the_idea_only(qtbot, service):
    """The notice of an added idea names its OPD and the idea; the list is appended (not read
    again) and the other OPD's board row is not read."""
    dinkes = service.add_opd("Dinas Kesehatan", "DINKES")
    service.add_opd("Dinas Pendidikan", "DISDIK")
    main = _window(qtbot, service)
    main.show_opd(dinkes.id)
    main.show_tab("drumup")
    drumup = main.workspace.drumup
    seen: list[Change] = []
    signals.changed.connect(seen.append)
    reads = []
    original = service.list_ideas
    service.list_ideas = lambda *args, **kwargs: reads.append(args) or original(*args, **kwargs)
    try:
        qtbot.keyClicks(drumup.idea_input, "Antrean puskesmas lewat WhatsApp")
        qtbot.keyClick(drumup.idea_input, Qt.Key.Key_Return)
    finally:
        signals.changed.disconnect(seen.append)
        del service.list_ideas
    assert len(seen) == 1
    change = seen[0]
    assert change.opd_ids == {dinkes.id} and change.ideas and not change.whole_workshop
    assert len(change.added_ideas) == 1
    assert reads == []  # appended: no OPD list read again, no workshop read
    assert drumup.model.rowCount() == 1
    assert drumup.model.view(0).idea.text == "Antrean puskesmas lewat WhatsApp"
    assert "tersimpan 1" in drumup.counter_label.text()
    # Back on the board, the OPD's row shows it.
    qtbot.mouseClick(main.workspace.back_button, Qt.MouseButton.LeftButton)
    assert main.stack.currentWidget() is main.board
    counts = {s.opd.abbreviation: s.tally.stored for s in main.board.model.statuses()}
    assert counts == {"DINKES": 1, "DISDIK": 0}
