"""The "Gagasan mirip" view in the facilitator's drum-up (issue 28), driven with clicks and
keys: a confirmed "sama" changes "n dari 5" and Ctrl+Z undoes it; "berbeda" hides the pair for
good; the board names collaboration candidates across OPDs."""

from __future__ import annotations

from test_facilitator_usability import open_from_board, type_idea

from PySide6.QtCore import Qt

from labinovasi.services.similar import SimilarIdeas


def pair_rows(view) -> list[tuple[str, str]]:
    return [
        (view.table.item(r, 1).text(), view.table.item(r, 2).text())
        for r in range(view.table.rowCount())
    ]


def click_row(qtbot, view, row: int) -> None:
    rect = view.table.visualRect(view.table.model().index(row, 1))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_sama_changes_the_count_and_ctrl_z_undoes_it(qtbot, window, board_progress):
    open_from_board(qtbot, window, "DINSOS")  # 3 of 5
    tab = window.workspace.drumup
    view = tab.similar_view
    assert "3 dari 5" in tab.counter_label.text()
    assert pair_rows(view) == []

    type_idea(qtbot, tab, "Pengaduan bantuan sosial lewat WA 24 jam")
    assert "4 dari 5" in tab.counter_label.text()
    # named a moment after "tersimpan", before the next idea is typed
    qtbot.waitUntil(lambda: "Mirip gagasan no. 2" in tab.message.text(), timeout=3000)
    pair = ("2. Layanan pengaduan bansos 24 jam", "4. Pengaduan bantuan sosial lewat WA 24 jam")
    qtbot.waitUntil(lambda: pair_rows(view) == [pair], timeout=3000)  # compared a moment later
    click_row(qtbot, view, 0)
    qtbot.mouseClick(view.same_button, Qt.MouseButton.LeftButton)
    assert "3 dari 5" in tab.counter_label.text()
    assert "3 dari 5" in board_progress(window, "DINSOS")
    assert pair_rows(view) == []
    new = window.service.list_ideas(window.workspace.opd_id)[-1]
    assert not new.counted and new.duplicate_of_number == 2
    assert tab.model.index(3, 4).data() == "duplikat dari no. 2"

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "4 dari 5" in tab.counter_label.text()
    assert "4 dari 5" in board_progress(window, "DINSOS")
    assert window.service.list_ideas(window.workspace.opd_id)[-1].counted
    assert len(pair_rows(view)) == 1


def test_berbeda_hides_the_pair_for_good(qtbot, window):
    open_from_board(qtbot, window, "DINSOS")
    tab = window.workspace.drumup
    view = tab.similar_view
    type_idea(qtbot, tab, "Pengaduan bantuan sosial lewat WA 24 jam")
    qtbot.waitUntil(lambda: len(pair_rows(view)) == 1, timeout=3000)
    click_row(qtbot, view, 0)
    view.different_button.setFocus()
    qtbot.keyClick(view.different_button, Qt.Key.Key_Space)
    assert pair_rows(view) == []
    assert "4 dari 5" in tab.counter_label.text()  # counting unchanged
    type_idea(qtbot, tab, "Rumah singgah bagi difabel terlantar")
    qtbot.waitUntil(
        lambda: [b for _, b in pair_rows(view)] == ["5. Rumah singgah bagi difabel terlantar"],
        timeout=3000,
    )
    # Another session on the same file (a restart) does not suggest it either.
    assert len(SimilarIdeas(window.service).pairs(window.workspace.opd_id)) == 1


def test_the_board_names_collaboration_candidates(qtbot, window):
    service = window.service
    for abbreviation, text in (
        ("DINSOS", "Peta sebaran stunting per kampung"),
        ("DPMD", "Pemetaan stunting di setiap desa"),
    ):
        opd = (
            service.find_opd(abbreviation)
            if abbreviation != "DPMD"
            else service.add_opd("Dinas Pemberdayaan Masyarakat dan Desa", "DPMD")
        )
        service.add_idea(opd.id, text)
    window.board.refresh()
    line = window.board.collaboration
    qtbot.waitUntil(lambda: not line.busy() and line.isVisible(), timeout=10000)
    assert "DINKES, DINSOS dan DPMD mengusulkan gagasan serupa" in line.text()
