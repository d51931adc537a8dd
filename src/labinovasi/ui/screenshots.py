"""Renders every main screen with the sample workshop to PNG, offscreen, for reviewers and docs
(`labinovasi screenshots --out DIR`, `make screenshots`)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from labinovasi import i18n
from labinovasi.services import WorkshopService
from labinovasi.services.sample import build_sample_workshop

SHOTS = (
    "board",
    "drumup",
    "diagnose",
    "design",
    "design_actions",
    "design_kind",
    "design_budget",
    "print_preview",
    "projector",
    "station",
    "guide",
    "iga_checklist",
    "iga_whatif",
    "delivery_timeline",
    "delivery_monitoring",
    "evidence_checklist",
    "verification",
    "jury_ranking",
    "jury_rubric",
    "jury_station",
    "projector_ranking",
    "similar",
)
IGA_SHOTS = ("iga_checklist", "iga_whatif")
DELIVERY_SHOTS = {
    "delivery_timeline": "timeline",
    "delivery_monitoring": "monitoring",
    "evidence_checklist": "evidence",
    "verification": "verification",
    "jury_ranking": "jury",
}
DELIVERY_TODAY = (2027, 1, 20)  # the sample's "today" after the lab: some activities late
WORKSPACE_TABS = ("drumup", "diagnose", "design", "design_actions", "design_kind", "design_budget")
# The design tab's step each design shot shows: the rencana aksi (six rows in view), the
# urusan with the year's own fields (Asta Cita…), the budget with its document.
DESIGN_STEPS = {"design_actions": 6, "design_kind": 1, "design_budget": 4}
FOCUS_OPD = "DINKES"  # the sample's OPD with something on every tab
MAIN_SIZE = (1366, 768)
LARGE_SIZE = (1920, 1080)
PROJECTOR_SIZES = ((1920, 1080), (1366, 768))
REPORT_TIMEOUT_MS = 60_000


def take_screenshots(
    out_dir: Path, language: str | None = None, only: set[str] | None = None
) -> list[Path]:
    """Write the screens as PNG files into `out_dir` and return their paths.

    `only` picks some of SHOTS (default: all).
    """
    wanted = set(SHOTS) if only is None else set(only)
    unknown = wanted - set(SHOTS)
    if unknown:
        raise ValueError(f"unknown screenshots: {', '.join(sorted(unknown))}")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings

    from labinovasi.ui.app import create_app  # the app's own names, style and translators
    from labinovasi.ui.translation import install_translators

    app = create_app(i18n.current_language())
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    previous_language = i18n.current_language()
    previous_format = QSettings.defaultFormat()
    previous_path = _settings_path()
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="labinovasi-screenshots-") as folder:
        # The windows remember geometry and recent files: keep the user's settings untouched.
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        install_translators(app, language or i18n.DEFAULT_LANGUAGE)
        try:
            sample = build_sample_workshop(Path(folder) / "contoh.labinovasi")
            with WorkshopService.open(sample) as service:
                steps: list[tuple[set[str], Callable[[], list[Path]]]] = [
                    (
                        {"board", *WORKSPACE_TABS},
                        lambda: _main_window_shots(service, out_dir, wanted),
                    ),
                    ({"print_preview"}, lambda: _print_preview_shot(service, out_dir)),
                    ({"projector"}, lambda: _projector_shots(service, out_dir)),
                    ({"station"}, lambda: _station_shots(service, out_dir)),
                    ({"guide"}, lambda: _guide_shot(out_dir)),
                    ({"jury_rubric"}, lambda: _rubric_shot(service, out_dir)),
                    (set(IGA_SHOTS), lambda: _iga_shots(service, out_dir, wanted, Path(folder))),
                    (
                        {*DELIVERY_SHOTS, "jury_station", "projector_ranking"},
                        lambda: _delivery_shots(Path(folder), out_dir, wanted),
                    ),
                    # Last: it adds ideas to the sample.
                    ({"similar"}, lambda: _similar_shot(service, out_dir)),
                ]
                for names, step in steps:
                    if names & wanted:
                        written += step()
                        _settle(50)
        finally:
            install_translators(app, previous_language)
            QSettings.setDefaultFormat(previous_format)
            QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, previous_path)
    return written


# -- helpers ---------------------------------------------------------------------------------


def _settings_path() -> str:
    """Where user-scope INI settings go now (Qt has a setter for it but no getter)."""
    from PySide6.QtCore import QSettings

    probe = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "probe", "probe")
    return str(Path(probe.fileName()).parent.parent)


def _settle(milliseconds: int = 200) -> None:
    """Let Qt lay out and paint (QPdfView and friends work asynchronously)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def _wait_for(signal, timeout_ms: int) -> bool:
    """Run the event loop until `signal` fires or the time is up; True if it fired."""
    from PySide6.QtCore import QEventLoop, QTimer

    fired = []
    loop = QEventLoop()

    def done(*_args) -> None:
        fired.append(True)
        loop.quit()

    signal.connect(done)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(done)
    return bool(fired)


def _save(widget, path: Path) -> Path:
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
    return path


def _close(widget) -> None:
    widget.close()
    widget.deleteLater()
    _settle(20)


# -- screens ---------------------------------------------------------------------------------


def _main_window_shots(service: WorkshopService, out_dir: Path, wanted: set[str]) -> list[Path]:
    from labinovasi.ui.facilitator.main_window import MainWindow

    window = MainWindow(service=service)
    window.resize(*MAIN_SIZE)
    window.show()
    _settle(300)
    written = []
    try:
        if "board" in wanted:
            window.show_tab("board")
            _settle()
            written.append(_save(window, out_dir / "board.png"))
        tabs = [tab for tab in WORKSPACE_TABS if tab in wanted]
        if tabs:
            opd = service.find_opd(FOCUS_OPD)
            window.show_opd(opd.id)
            for tab in tabs:
                window.show_tab(tab.partition("_")[0])
                window.workspace.design.form.go_to(DESIGN_STEPS.get(tab, 0))
                _settle()
                written.append(_save(window, out_dir / f"{tab}.png"))
    finally:
        _close(window)
    return written


def _similar_shot(service: WorkshopService, out_dir: Path) -> list[Path]:
    """The drum-up tab's "Gagasan mirip" view on DINSOS after the team typed two paraphrases
    and an idea like DINKES's stunting map (a collaboration candidate)."""
    from labinovasi.ui.facilitator.main_window import MainWindow

    opd = service.find_opd("DINSOS")
    for text in (
        "Pengaduan bantuan sosial lewat WA 24 jam",
        "DTKS diperbarui dari desa lewat aplikasi",
        "Peta sebaran stunting per kampung untuk sasaran bantuan",
    ):
        service.add_idea(opd.id, text)
    window = MainWindow(service=service)
    window.resize(*MAIN_SIZE)
    window.show()
    _settle(300)
    try:
        window.show_opd(opd.id)
        window.show_tab("drumup")
        window.workspace.drumup.splitter.setSizes([700, 640])
        _settle()
        return [_save(window, out_dir / "similar.png")]
    finally:
        _close(window)


def _print_preview_shot(service: WorkshopService, out_dir: Path) -> list[Path]:
    from labinovasi.ui.facilitator.print_preview import PrintPreviewDialog

    dialog = PrintPreviewDialog(service, kind="all")
    dialog.resize(*MAIN_SIZE)
    dialog.show()
    try:
        if not dialog.is_ready() and not _wait_for(dialog.ready, REPORT_TIMEOUT_MS):
            raise RuntimeError(f"print preview not ready: {dialog.error_message or 'timeout'}")
        _settle(1500)  # QPdfView renders its pages in a thread of its own
        return [_save(dialog, out_dir / "print_preview.png")]
    finally:
        _close(dialog)


def _projector_shots(service: WorkshopService, out_dir: Path) -> list[Path]:
    from labinovasi.ui.projector.projector_window import ProjectorWindow

    window = ProjectorWindow(service)
    window.set_countdown(15)
    written = []
    try:
        for width, height in PROJECTOR_SIZES:
            window.resize(width, height)
            window.show()
            _settle()
            written.append(_save(window, out_dir / f"projector_{width}x{height}.png"))
    finally:
        _close(window)
    return written


def _station_shots(service: WorkshopService, out_dir: Path) -> list[Path]:
    """Render each station screen to docs-worthy PNGs (station-*.png) in `out_dir`. Nothing is
    written to the workshop: the typed idea stays in the field, the celebration is shown as it
    appears after the idea that reaches the minimum."""
    from labinovasi.services.station_lock import hash_pin
    from labinovasi.ui.station.station_window import StationWindow

    window = StationWindow(service, hash_pin("screenshot-only"), fullscreen=False)
    written: list[Path] = []

    def shot(name: str, size: tuple[int, int] = MAIN_SIZE) -> None:
        window.resize(*size)
        _settle()
        path = out_dir / f"station-{name}.png"
        if not window.grab().save(str(path), "PNG"):
            raise OSError(f"cannot write {path}")
        written.append(path)

    setup = StationWindow(service, None, fullscreen=False)
    try:
        setup.resize(*MAIN_SIZE)
        setup.show()
        _settle()
        path = out_dir / "station-setup.png"
        if not setup.grab().save(str(path), "PNG"):
            raise OSError(f"cannot write {path}")
        written.append(path)
    finally:
        setup.close()  # no PIN set yet: closes without one
        setup.deleteLater()

    statuses = service.status().opds
    try:
        window.resize(*MAIN_SIZE)
        window.show()
        shot("pick")
        window.pick_page.search.setText("kes")
        shot("pick-search")
        window.pick_page.search.clear()

        below = [s for s in statuses if not s.meets_minimum and s.tally.stored]
        # Best shown on an OPD whose newest idea is the one that reached the minimum.
        met = sorted(
            (s for s in statuses if s.meets_minimum),
            key=lambda s: (s.tally.counted != s.minimum, s.tally.stored != s.minimum),
        )
        if below:
            window.open_opd(below[0].opd.id)
            window.ideas_page.author_input.setText("Sri Wahyuni")
            window.ideas_page.idea_input.setPlainText(
                "Layanan pengaduan warga lewat WhatsApp dengan nomor tiket dan peta lokasi"
            )
            shot("ideas")
            shot("ideas-1920x1080", LARGE_SIZE)
            window.ideas_page.idea_input.clear()
        if met:
            page = window.ideas_page
            window.open_opd(met[0].opd.id)
            views = [v for v in page.views if v.counted]
            page.message.show_ok(
                page.tr("✓ Tersimpan sebagai gagasan no. %1. Terima kasih!").replace(
                    "%1", str(views[-1].number)
                )
            )
            page.celebrate()
            page.celebration_flash.stop()
            page._paint_celebration(page.celebration_flash.endValue())
            shot("minimum")
        # The team's table in diagnose and design (the sample moves DISDUKCAPIL to diagnose
        # and DINKES to design, with a profile filled in).
        shown: set[str] = set()
        for opd_status in statuses:
            stage = opd_status.opd.stage.value
            if stage in shown:
                continue
            shown.add(stage)
            if stage == "diagnose":
                window.open_opd(opd_status.opd.id)
                shot("diagnose")
                page = window.diagnose_page
                page.show_view(1)
                page.participant.setText("Bidan Maya")
                shot("voting")
                page.show_view(2)
                shot("proposal")
                page.participant.clear()
                page.show_view(0)
            if stage == "design":
                window.open_opd(opd_status.opd.id)
                window.design_page.form.go_to(2)
                shot("design")
                window.design_page.form.go_to(6)
                shot("design-actions")
                window.design_page.form.go_to(0)
        window.request_exit()
        shot("pin")
        window.pin_page.pin_input.setText("1234")
        window.pin_page.submit()
        shot("pin-wrong")
    finally:
        window._unlock_and_close()
        window.deleteLater()
        _settle(20)
    return written


def _guide_shot(out_dir: Path) -> list[Path]:
    """Bantuan → Panduan fasilitator at the laptop size."""
    from labinovasi.ui.facilitator.guide_dialog import GuideDialog

    dialog = GuideDialog()
    try:
        dialog.resize(*MAIN_SIZE)
        dialog.show()
        _settle()
        path = out_dir / "guide.png"
        if not dialog.grab().save(str(path), "PNG"):
            raise OSError(f"cannot write {path}")
    finally:
        dialog.close()
        dialog.deleteLater()
    return [path]


def _iga_shots(
    service: WorkshopService, out_dir: Path, wanted: set[str], folder: Path
) -> list[Path]:
    """The Kesiapan IGA window on the sample's reported innovations (added last: the other
    screens show the lab as it is)."""
    from labinovasi.services.iga_form import add_iga_sample
    from labinovasi.ui.facilitator.iga_view import IgaView

    add_iga_sample(service, folder)
    view = IgaView(service)
    view.resize(*MAIN_SIZE)
    view.show()
    written = []
    if "iga_checklist" in wanted:
        view.tabs.setCurrentIndex(0)
        for index in range(1, min(3, view.tree.topLevelItemCount())):
            view.tree.topLevelItem(index).setExpanded(True)
        _settle()
        written.append(_save(view, out_dir / "iga_checklist.png"))
    if "iga_whatif" in wanted:
        view.tabs.setCurrentIndex(1)
        view.target_spin.setValue(65.01)
        _settle()
        written.append(_save(view, out_dir / "iga_whatif.png"))
    _close(view)
    return written


def _delivery_shots(folder: Path, out_dir: Path, wanted: set[str]) -> list[Path]:
    """The Pelaksanaan area on its own copy of the sample, filled with the after-lab sample
    (the other screens keep showing the workshop during the lab)."""
    from datetime import date

    from labinovasi.services import jury
    from labinovasi.services.sample_after_lab import fill_after_lab
    from labinovasi.ui.facilitator.main_window import MainWindow
    from labinovasi.ui.projector.projector_window import ProjectorWindow

    evidence_folder = folder / "bukti"
    evidence_folder.mkdir()
    path = build_sample_workshop(folder / "pelaksanaan.labinovasi")
    written = []
    with WorkshopService.open(path) as service:
        fill_after_lab(service, evidence_folder)
        window = MainWindow(service=service)
        window.delivery.timeline.today = date(*DELIVERY_TODAY)
        window.delivery.monitoring.today = date(*DELIVERY_TODAY)
        window.resize(*MAIN_SIZE)
        window.show()
        _settle(300)
        try:
            for shot, tab in DELIVERY_SHOTS.items():
                if shot not in wanted:
                    continue
                window.show_tab(f"delivery:{tab}")
                if tab == "evidence":
                    window.delivery.evidence.show_innovation(
                        next(i for i in _innovations(service) if i.name.startswith("SIAP")).id
                    )
                    window.delivery.evidence.select_indicator("18")  # sent back, with a note
                if tab == "monitoring":  # the launching the sample records
                    launch = window.delivery.monitoring.launch_innovation
                    launch.setCurrentIndex(
                        next(
                            n
                            for n in range(launch.count())
                            if launch.itemText(n).startswith("SILAPAN")
                        )
                    )
                _settle()
                written.append(_save(window, out_dir / f"{shot}.png"))
        finally:
            _close(window)
        if "jury_station" in wanted:
            written.append(_juror_station_shot(service, out_dir))
        if "projector_ranking" in wanted:
            jury.fix_top(service, force=True)
            jury.reveal(service)
            projector = ProjectorWindow(service)
            try:
                projector.resize(*MAIN_SIZE)
                projector.show()
                projector.refresh()
                _settle()
                written.append(_save(projector, out_dir / "projector_ranking.png"))
            finally:
                _close(projector)
    return written


def _rubric_shot(service: WorkshopService, out_dir: Path) -> list[Path]:
    """The rubric editor on the workshop before the gelar (no scores yet, so editable), one
    weight being changed: the sum is said at once and saving waits for 100."""
    from labinovasi.ui.facilitator.jury_rubric import RubricDialog

    dialog = RubricDialog(service)
    dialog.weight_spin(0).setValue(25)
    dialog.show()
    _settle()
    path = _save(dialog, out_dir / "jury_rubric.png")
    _close(dialog)
    return [path]


def _juror_station_shot(service: WorkshopService, out_dir: Path) -> Path:
    """The first juror's station on the fourth presentation, one score typed and not saved."""
    from labinovasi.services import jury
    from labinovasi.services.station_lock import hash_pin
    from labinovasi.ui.station.station_jury import JuryStationWindow

    station = JuryStationWindow(
        service, hash_pin("screenshot-only"), jury.jurors(service)[0].id, fullscreen=False
    )
    station.resize(*MAIN_SIZE)
    station.show()
    station.sheet_page.order.setCurrentRow(3)
    station.sheet_page.rows[0].spin.setValue(85)
    _settle()
    path = _save(station, out_dir / "jury_station.png")
    station._unlocked = True  # closed as the facilitator's PIN would
    _close(station)
    return path


def _innovations(service: WorkshopService):
    from labinovasi.services.innovations import Innovations

    return Innovations(service).list()
