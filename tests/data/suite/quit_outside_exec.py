"""Run by tests/test_suite_guards.py in a pytest of its own (not collected by the suite: the
name does not start with test_). The first test tells the application to quit while no exec()
runs, as a watchdog timer left running by a test does when it fires later."""

from PySide6.QtCore import QTimer


def test_tells_the_application_to_quit(qapp):
    qapp.exit(9)


def test_a_later_wait_still_runs_the_event_loop(qtbot):
    timer = QTimer(singleShot=True, interval=10)
    with qtbot.waitSignal(timer.timeout, timeout=5000):
        timer.start()
