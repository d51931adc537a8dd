"""Shared fixtures: every test gets its own fresh workshop file, and its data from tests/data/.

Under CI=true a test that skips fails the run, unless its skip is one a platform decides
(`skipif` markers: POSIX-only, Python-version-only); a skip from inside a test means something it
needs is missing, and CI must not go green on that."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no pytest-xdist workers to keep apart there
    fcntl = None  # type: ignore[assignment]

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Backups made while tests run go to a temporary folder, never the user's data folder; each
# pytest-xdist worker (make test) to its own, inside the one its parent made (the workers
# inherit the parent's environment).
os.environ.setdefault("LABINOVASI_BACKUP_DIR", tempfile.mkdtemp(prefix="labinovasi-cadangan-"))
if os.environ.get("PYTEST_XDIST_WORKER"):
    os.environ["LABINOVASI_BACKUP_DIR"] = os.path.join(
        os.environ["LABINOVASI_BACKUP_DIR"], os.environ["PYTEST_XDIST_WORKER"]
    )

# One folder per run of the suite, shared by its pytest-xdist workers (they inherit it).
RUN_DIR = Path(os.environ.setdefault("LABINOVASI_TEST_RUN", tempfile.mkdtemp(prefix="lab-uji-")))

DATA = Path(__file__).resolve().parent / "data"
SAMPLES = DATA / "samples"
TEMPLATE_TITLE, TEMPLATE_REGION = "Lab Inovasi 2026", "Kabupaten Contoh"

_unexpected_skips: list[str] = []


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def pytest_runtest_logreport(report):
    # Here, not in pytest_runtest_makereport: with pytest-xdist (make test) the reports of the
    # workers reach this hook in the process that prints the summary and sets the exit code.
    # A report's keywords hold its test's marker names.
    if report.skipped and _in_ci() and "skipif" not in report.keywords:
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        _unexpected_skips.append(f"{report.nodeid}: {reason}")


@contextmanager
def _flock(name: str, mode: int):
    with open(RUN_DIR / name, "a") as held:
        fcntl.flock(held, mode)
        try:
            yield
        finally:
            fcntl.flock(held, fcntl.LOCK_UN)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    """A test marked `alone` (real time against a real X server and window manager) runs
    while no other test of this run does: the other pytest-xdist worker finishes its current
    test and waits (a test starving beside it made the kiosk miss its focus). Every other test
    holds a shared lock while it runs; `alone` takes it exclusively, after the turnstile that
    stops new shared holders from overtaking it."""
    if fcntl is None:
        yield
        return
    if item.get_closest_marker("alone"):
        with _flock("turnstile", fcntl.LOCK_EX), _flock("tests", fcntl.LOCK_EX):
            yield
        return
    with _flock("turnstile", fcntl.LOCK_EX):
        pass
    with _flock("tests", fcntl.LOCK_SH):
        yield


def pytest_sessionfinish(session, exitstatus):
    if _unexpected_skips and exitstatus == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter):
    if _unexpected_skips:
        terminalreporter.section("skips not allowed under CI=true")
        for line in _unexpected_skips:
            terminalreporter.write_line(line)


@pytest.fixture
def samples_dir() -> Path:
    """tests/data/samples: 12 OPD, 54 ideas, 8 meeting the minimum."""
    return SAMPLES


@pytest.fixture(scope="session")
def template_workshop(tmp_path_factory) -> Path:
    """One empty workshop made through Alembic once; tests copy it (the same workshop id)."""
    from labinovasi.services import WorkshopService

    path = tmp_path_factory.mktemp("template") / "template.labinovasi"
    with WorkshopService.create(path, TEMPLATE_TITLE, region=TEMPLATE_REGION):
        pass
    return path


@pytest.fixture
def workshop_path(tmp_path) -> Path:
    return tmp_path / "lokakarya.labinovasi"


@pytest.fixture(scope="session")
def sample_template(template_workshop, tmp_path_factory) -> Path:
    """The template with the test samples imported once (12 OPD, 54 ideas): `sample_service`
    copies it instead of importing them again in every test."""
    from labinovasi.services import WorkshopService

    path = tmp_path_factory.mktemp("sample-template") / "sampel.labinovasi"
    shutil.copyfile(template_workshop, path)
    with WorkshopService.open(path) as s:
        s.import_opds(SAMPLES / "opd.csv")
        s.import_ideas(SAMPLES / "gagasan.csv")
    return path


@pytest.fixture
def service(request, workshop_path, template_workshop):
    """A fresh empty workshop (a copy of the template: tests needing a new id create one); for
    a test that uses `sample_service` too, a copy of the sample template (the same object)."""
    from labinovasi.services import WorkshopService

    with_samples = "sample_service" in request.fixturenames
    source = request.getfixturevalue("sample_template") if with_samples else template_workshop
    shutil.copyfile(source, workshop_path)
    with WorkshopService.open(workshop_path) as s:
        yield s


@pytest.fixture
def sample_service(service, samples_dir):
    """The test sample workshop: 12 OPD, 54 ideas (the `service`, opened on a copy of the
    sample template; imported here only when the service was made without it)."""
    if not service.list_opds():
        service.import_opds(samples_dir / "opd.csv")
        service.import_ideas(samples_dir / "gagasan.csv")
    return service


@pytest.fixture(autouse=True)
def nothing_left_behind():
    """Each test starts as a freshly started app: every window a test left open (a dialog
    opened with open(), a station, a projector: in tests/ui and in the attack and injection
    tests alike) is closed and deleted, its timers and change-notice slots with it, and the
    language is Indonesian again. Left alive, such windows went on reacting to later tests'
    notices and modal dialogs (order-dependent failures in a full run). Tests that never
    load Qt are not touched."""
    yield
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    quitting = _told_to_quit(app)
    # Background work a test started (a PDF render, an import preview) finishes here, not in
    # the next test: on 2 cores the pool has 2 threads, and a task left running starved the
    # next test's own worker until its wait timed out.
    QThreadPool.globalInstance().waitForDone(60000)
    from labinovasi import i18n
    from labinovasi.ui.translation import install_translators

    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    if i18n.current_language() != "id":
        install_translators(app, "id")
        i18n.set_language("id")
    # create_app's dialog-title filter sees every event of the app: a later test runs without
    # it, as the app started by the fixtures does (tests that want it install it themselves).
    from labinovasi.ui.widgets.title_room import uninstall_title_room

    uninstall_title_room(app)
    if quitting:
        pytest.fail(
            "the application was told to quit (QCoreApplication.exit or quit outside exec(), "
            "by this test or by a timer an earlier test left running): every later wait, "
            "modal dialog and queued signal would have failed; the next tests start afresh",
            pytrace=False,
        )


def _told_to_quit(app) -> bool:
    """True when QCoreApplication.exit() was called while no exec() ran (a test's watchdog
    timer firing after its test, for one). Qt then ends every QEventLoop.exec() at once until
    the next QApplication.exec(): pytest-qt's waits time out without running the event loop,
    modal dialogs return unseen, results of background work never arrive. Such a state is
    reported here and cleared (one exec() that quits at once), so no later test inherits it."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(0, loop, lambda: loop.exit(1))
    if loop.exec() != -1:
        return False
    QTimer.singleShot(0, app, app.quit)
    app.exec()
    return True
