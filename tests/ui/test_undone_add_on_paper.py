"""An idea added and undone leaves no trace on the official sheet (issue 25): the lembar hasil
(PDF and Word) lists only the withdrawals the facilitator decided, "ditarik" with the reason."""

from __future__ import annotations

from docx import Document
from test_facilitator_usability import open_from_board, select_idea_row, type_idea

from PySide6.QtCore import Qt

from labinovasi.services.papers import render_paper
from labinovasi.services.reporting import render_report
from pdf_reading import pdf_texts, squeeze

UNDONE = "Gagasan salah ketik yang dibatalkan"


def docx_text(path) -> str:
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [c.text for row in table.rows for c in row.cells]
    return "\n".join(parts)


def test_an_undone_addition_is_not_printed_as_withdrawn(qtbot, window, on_modal, tmp_path):
    service = window.service
    open_from_board(qtbot, window, "DINSOS")
    opd_id = window.workspace.opd_id
    tab = window.workspace.drumup
    stored = len(service.list_ideas(opd_id))
    type_idea(qtbot, tab, UNDONE)
    window.undo_action.trigger()  # Sunting → Batalkan "tambah gagasan"
    assert len(service.list_ideas(opd_id)) == stored + 1  # kept in the file, withdrawn

    pdf = render_report(service, tmp_path / "lembar.pdf", kind="opd", opd_id=opd_id)
    render_paper(service, tmp_path / "kop.pdf", "lembar", opd_id=opd_id)
    render_paper(service, tmp_path / "kop.docx", "lembar", opd_id=opd_id)
    texts = [
        "\n".join(pdf_texts(pdf)),
        "\n".join(pdf_texts(tmp_path / "kop.pdf")),
        docx_text(tmp_path / "kop.docx"),
    ]
    for text in texts:
        assert squeeze(UNDONE) not in squeeze(text)
        assert "ditarik" not in text and "penambahan dibatalkan" not in text
        assert f"{stored} gagasan tersimpan" in text or "Gagasan yang ditarik" not in text

    # a withdrawal the facilitator decides is printed, with its reason
    select_idea_row(qtbot, tab, 0)

    def reason(dialog):
        qtbot.keyClicks(dialog.reason_edit, "gagasan bercanda")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    on_modal(reason)
    qtbot.mouseClick(tab.withdraw_button, Qt.MouseButton.LeftButton)
    pdf = render_report(service, tmp_path / "lembar2.pdf", kind="opd", opd_id=opd_id)
    render_paper(service, tmp_path / "kop2.docx", "lembar", opd_id=opd_id)
    text = "\n".join(pdf_texts(pdf))
    assert "Gagasan ini ditarik oleh fasilitator" in text and "gagasan bercanda" in text
    assert squeeze(f"{stored}gagasantersimpan") in squeeze(text)
    assert squeeze("1 ditarik") in squeeze(text) and squeeze(UNDONE) not in squeeze(text)
    word = docx_text(tmp_path / "kop2.docx")
    assert "ditarik" in word and squeeze(UNDONE) not in squeeze(word)
