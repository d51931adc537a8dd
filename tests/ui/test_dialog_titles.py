"""Every dialog of the app is wide enough for its title as the window manager shows it: the
title, " — Labinovasi" after it, in a bold font, beside the title bar's buttons (issue 25:
"Tambah OPD" was cut to "Tamba… ovasi")."""

from __future__ import annotations

import pytest

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

# A window manager's title bar: its icon and close button (~50 px) beside the bold title.
BUTTONS = 50


def needed_width(dialog: QWidget) -> int:
    title = dialog.windowTitle() or "Labinovasi"
    if "Labinovasi" not in title:
        title += " — Labinovasi"
    font = QFont(dialog.font())
    font.setBold(True)
    return QFontMetrics(font).horizontalAdvance(title) + BUTTONS


@pytest.fixture
def started(qapp):
    """The app as `create_app` starts it (its title room), left as found."""
    from labinovasi.ui.widgets.title_room import install_title_room, uninstall_title_room

    shown_name = qapp.applicationDisplayName()
    qapp.setApplicationDisplayName("Labinovasi")
    install_title_room(qapp)
    yield
    uninstall_title_room(qapp)
    qapp.setApplicationDisplayName(shown_name)


def check(dialog: QWidget, problems: list[str]) -> None:
    if dialog.width() < needed_width(dialog):
        problems.append(f"{dialog.windowTitle()!r}: {dialog.width()} < {needed_width(dialog)}")


def test_input_and_message_boxes_fit_their_titles(qtbot, window, on_modal, started):
    problems: list[str] = []

    def read_and_cancel(dialog):
        check(dialog, problems)
        dialog.reject()

    on_modal(read_and_cancel)
    window.add_opd_action.trigger()  # Tambah OPD: the input box the issue found cut
    on_modal(read_and_cancel)
    QMessageBox.warning(window, "Tambah inovasi", "Nama inovasi wajib diisi.")
    on_modal(read_and_cancel)
    QMessageBox.question(window, "Hapus OPD tanpa gagasan", "Hapus?")
    assert problems == []


def test_the_apps_dialogs_fit_their_titles(qtbot, window, started):
    from labinovasi.ui.facilitator.drumup_tab import IdeaEditDialog, MoveIdeaDialog
    from labinovasi.ui.facilitator.evidence_dialog import EvidenceDialog
    from labinovasi.ui.facilitator.guide_dialog import GuideDialog
    from labinovasi.ui.facilitator.jury_rubric import RubricDialog
    from labinovasi.ui.facilitator.opd_list_dialog import OpdListDialog
    from labinovasi.ui.facilitator.shortcuts_dialog import ShortcutsDialog
    from labinovasi.ui.facilitator.station_dialogs import MergeReportDialog, StationCopyDialog
    from labinovasi.ui.facilitator.workshop_dialog import WorkshopDialog
    from labinovasi.ui.widgets.common import ReasonDialog

    service = window.service
    window.show_opd(service.find_opd("DINKES").id)
    window.show_tab("drumup")
    idea = window.workspace.findChild(QWidget, "drumupTab").model.view(0)
    dialogs = [
        IdeaEditDialog(idea, window),
        MoveIdeaDialog(idea, service.list_opds(), window),
        ReasonDialog("Tarik gagasan", "Tulis &alasannya:", "Tarik", window),
        EvidenceDialog(window, link=True),
        WorkshopDialog(service.workshop(), window),
        WorkshopDialog(None, window),
        StationCopyDialog(3, 1024, window),
        MergeReportDialog(["Gagasan: 2 baru"], window),
        OpdListDialog(service, None, window),
        ShortcutsDialog(window.menuBar(), window),
        GuideDialog(window),
        RubricDialog(service, window),
        window.open_countdown(),
    ]
    problems: list[str] = []
    for dialog in dialogs:
        assert isinstance(dialog, QDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        check(dialog, problems)
        dialog.close()
    assert problems == []
    assert QApplication.activeModalWidget() is None
