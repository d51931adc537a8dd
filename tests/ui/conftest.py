"""GUI test fixtures: QSettings kept in a temporary folder, a main window on a workshop."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory):
    """Geometry, recent files and language go to a temporary INI file, never the user's."""
    folder = tmp_path_factory.mktemp("settings")
    previous = QSettings.defaultFormat()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    QSettings.setDefaultFormat(previous)


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory):
    """The full sample workshop (after the lab: designs, jury, gelar), built once per module."""
    from labinovasi.services.sample import build_sample_workshop

    return build_sample_workshop(tmp_path_factory.mktemp("sample") / "contoh.labinovasi")


@pytest.fixture
def sample(sample_file, tmp_path):
    """A copy of the full sample per test (tests add and change), open."""
    from labinovasi.services import WorkshopService

    copy = tmp_path / "contoh.labinovasi"
    copy.write_bytes(sample_file.read_bytes())
    with WorkshopService.open(copy) as service:
        yield service


@pytest.fixture
def window(qtbot, sample_service):
    """The main window on the shared samples (12 OPD, 54 ideas), at the laptop size."""
    from labinovasi.ui.facilitator.main_window import MainWindow

    main = MainWindow(service=sample_service)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    return main


@pytest.fixture
def board_progress():
    """The "n dari 5" the OPD board shows for an OPD (by singkatan)."""
    from labinovasi.ui.widgets.opd_table import COL_PROGRESS

    def progress(window, abbreviation: str) -> str:
        model = window.board.model
        for row, status in enumerate(model.statuses()):
            if status.opd.abbreviation == abbreviation:
                return model.index(row, COL_PROGRESS).data()
        raise AssertionError(f"{abbreviation} is not on the board")

    return progress


@pytest.fixture
def on_modal(qtbot):
    """Act on the next modal dialog as a person would: `on_modal(act)` then the click that
    opens it; `act(dialog)` runs once the dialog is up (its exec() blocks the test)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    errors = []

    def schedule(act, tries: int = 200):
        def attempt(left=tries):
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                if left:
                    QTimer.singleShot(10, lambda: attempt(left - 1))
                else:
                    errors.append("no modal dialog appeared")
                return
            try:
                act(dialog)
            except Exception as error:  # noqa: BLE001 - reported after the dialog closes
                errors.append(error)
                dialog.reject()

        QTimer.singleShot(0, attempt)

    yield schedule
    assert not errors, errors
