"""Tampilan → Ikut lewat HP: the facilitator starts the phone server on a chosen address, sees
each table's QR code and who is connected, an idea from a phone reaches the board, a table's
link is revoked, the QR sheet prints one page per table, and the server stops."""

from __future__ import annotations

import socket

import httpx
import pytest

from PySide6.QtCore import Qt

from pdf_reading import pdf_texts


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def phone_join(qtbot, window):
    [action] = [a for a in window.view_menu.actions() if a.objectName() == "actionPhoneJoin"]
    assert action.text() == "&Ikut lewat HP…"
    action.trigger()
    dialog = window._phone_join
    qtbot.waitExposed(dialog)
    yield dialog
    dialog.stop()
    dialog.close()


def start_on_loopback(qtbot, dialog) -> None:
    # Never all interfaces unless chosen: the default is one of this machine's addresses.
    assert dialog.chosen_host() != "0.0.0.0"
    box = dialog.address_box
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "127.0.0.1")
    dialog.port_box.lineEdit().selectAll()
    qtbot.keyClicks(dialog.port_box.lineEdit(), str(free_port()))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.server is not None and dialog.server.host == "127.0.0.1"


def test_a_phone_joins_from_the_facilitators_window(qtbot, window, phone_join, board_progress):
    dialog = phone_join
    start_on_loopback(qtbot, dialog)
    assert dialog.start_button.text() == "Hentikan server"
    assert dialog.server.url in dialog.url_label.text()
    tables = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert len(tables) == 13 and tables[-1] == "Juri" and "DINSOS" in tables
    row = tables.index("DINSOS")
    dialog.table.setCurrentCell(row, 0)
    assert dialog.qr.caption == "Meja DINSOS: pindai untuk ikut" and dialog.qr.matrix
    link = dialog.links[row]
    assert "/t/" in link.url and link.url.startswith("http://127.0.0.1:")
    before = board_progress(window, "DINSOS")
    api = link.url.replace("/t/", "/api/t/")
    added = httpx.post(
        f"{api}/ideas",
        json={"text": "Dapur umum keliling saat bencana", "author": "", "client_key": "gui-key-01"},
    )
    assert added.status_code == 201
    # The board hears of it through the app's change signal, like a station's idea.
    qtbot.waitUntil(lambda: board_progress(window, "DINSOS") != before, timeout=10000)
    assert board_progress(window, "DINSOS") == "4 dari 5"
    qtbot.waitUntil(lambda: dialog.table.item(row, 2).text() == "1", timeout=10000)

    # Revoking makes a new code; the old one is refused from then on.
    qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
    assert dialog.links[row].url != link.url
    assert httpx.get(f"{api}/state").status_code == 404
    fresh = dialog.links[row].url.replace("/t/", "/api/t/")
    assert httpx.get(f"{fresh}/state").json()["opd"] == "DINSOS"

    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.server is None and dialog.start_button.text() == "Mulai server"
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{fresh}/state")


def test_the_qr_sheet_prints_one_page_per_table(qtbot, phone_join, tmp_path):
    dialog = phone_join
    start_on_loopback(qtbot, dialog)
    out = tmp_path / "kode-qr.pdf"
    dialog.write_sheet(str(out))
    pages = pdf_texts(out)
    assert len(pages) == 13
    assert "Meja DINKES: pindai untuk ikut" in "".join(pages)
    assert "Juri: pindai untuk menilai" in pages[-1]
    dinkes = next(p for p in pages if "Meja DINKES" in p)
    [link] = [j for j in dialog.links if j.opd == "DINKES"]
    assert link.url in dinkes.replace("\n", "")
    assert "hotspot" in dinkes and "data seluler" in dinkes
