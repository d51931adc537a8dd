"""Starting the app: sample workshop in the user's data folder, language, recent files."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from labinovasi import i18n
from labinovasi.services.sample import sample_path
from labinovasi.ui.app import create_app
from labinovasi.ui.facilitator.main_window import MainWindow, recent_files, run_gui


def test_run_gui_opens_the_sample_and_builds_it_once(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    opened = []
    original = MainWindow.open_workshop

    def spy(self, target):
        opened.append(self)
        return original(self, target)

    monkeypatch.setattr(MainWindow, "open_workshop", spy)
    # Running the real event loop here would leave the application "closing" for later
    # tests (queued signals from threads stop arriving): stand in for exec().
    monkeypatch.setattr(QApplication, "exec", lambda *_args: 0)
    assert run_gui(sample=True, language="id") == 0
    # The window shows first; the workshop loads from the event loop right after.
    qtbot.waitUntil(lambda: bool(opened) and opened[0].service is not None)
    window = opened[0]
    qtbot.addWidget(window)
    sample = sample_path()
    assert sample.exists() and sample.is_relative_to(tmp_path)
    assert window.service.workshop().region == "Kabupaten Tanah Harapan"
    assert len(window.service.list_opds()) == 12
    assert recent_files()[0] == str(sample)
    assert QApplication.instance().organizationName() == "Labinovasi"
    assert i18n.current_language() == "id"
    window.close()


def test_create_app_reuses_the_application(qapp):
    assert create_app("id") is qapp
    assert qapp.applicationName() == "Labinovasi"


def test_run_gui_paints_the_board_before_the_workshop_service_is_open(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    sample_path()  # built before: this start paints its board first
    seen = []
    original = MainWindow.open_workshop

    def spy(self, target, service=None):
        # Called when the service opened off the GUI thread is ready: the board is painted.
        seen.append((self, self.service, self.board.model.statuses(), service))
        return original(self, target, service)

    monkeypatch.setattr(MainWindow, "open_workshop", spy)
    monkeypatch.setattr(QApplication, "exec", lambda *_args: 0)
    assert run_gui(sample=True, language="id") == 0
    qtbot.waitUntil(lambda: bool(seen) and seen[0][0].service is not None, timeout=20000)
    window, service_then, painted, handed = seen[0]
    qtbot.addWidget(window)
    assert service_then is None and handed is window.service  # opened off the GUI thread
    assert len(painted) == 12
    assert painted == window.service.status().opds == window.board.model.statuses()
    assert window.open_action.isEnabled() and window.add_opd_action.isEnabled()
    window.close()


def test_modules_imported_after_qt_leave_no_source_in_memory(qapp, tmp_path, monkeypatch):
    """PySide6 still learns which modules use it (its __feature__ switches need that), but
    no module's source is kept in linecache for it (lighten_pyside_import_hook)."""
    import linecache
    import sys

    create_app("id")
    (tmp_path / "perf15_with_qt.py").write_text("import PySide6.QtCore\n", encoding="utf-8")
    (tmp_path / "perf15_plain.py").write_text("VALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("perf15_with_qt", "perf15_plain"):
        __import__(name)  # an import statement: PySide's hook sees those
        monkeypatch.delitem(sys.modules, name)
    known = sys.modules["shibokensupport.feature"].pyside_feature_dict
    assert known["perf15_with_qt"] == 0 and known["perf15_plain"] == -1
    cached = {str(path) for path in linecache.cache}
    assert not cached & {str(tmp_path / "perf15_with_qt.py"), str(tmp_path / "perf15_plain.py")}


def test_a_painted_board_is_taken_down_when_the_file_is_refused(
    qtbot, tmp_path, monkeypatch, service
):
    """The first paint reads the header only; the open right after refuses the file (here a
    minimum of ideas no screen can work with) and the board it painted goes with it."""
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    service.add_opd("Dinas Kesehatan", "DINKES")
    service.close()
    db = sqlite3.connect(service.target)
    db.execute("UPDATE workshop SET min_ideas = 0")
    db.commit()
    db.close()
    shown, painted = [], []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    original = MainWindow.open_workshop

    def spy(self, target, service=None):
        painted.append((self, len(self.board.model.statuses())))
        return original(self, target, service)

    monkeypatch.setattr(MainWindow, "open_workshop", spy)
    monkeypatch.setattr(QApplication, "exec", lambda *_args: 0)
    assert run_gui(target=str(service.target), language="id") == 0
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    window = painted[0][0]
    qtbot.addWidget(window)
    assert painted[0][1] == 1  # the board was painted with the file's one OPD
    assert "tidak sah" in shown[0]
    assert window.service is None and window.board.model.statuses() == []
    window.close()


def test_the_painted_board_does_not_move_when_the_menus_arrive(qtbot):
    from PySide6.QtCore import QPoint

    window = MainWindow(build=False)
    qtbot.addWidget(window)
    window.build_board()
    window.show()
    qtbot.waitExposed(window)
    titles = [a.text() for a in window.menuBar().actions()]
    top = window.board.mapTo(window, QPoint(0, 0)).y()
    assert titles[0] == "&Berkas" and len(titles) == 8
    window.build()
    qtbot.wait(10)
    assert [a.text() for a in window.menuBar().actions()] == titles
    assert window.board.mapTo(window, QPoint(0, 0)).y() == top
    assert window.view_menu.actions()  # filled by build()
