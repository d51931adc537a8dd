"""The Kesiapan IGA window: opened from the IGA menu, klaim and terverifikasi side by side,
the checklist, "berapa inovasi lagi?" typed in, the cheapest gains, the lowering warning."""

from __future__ import annotations

from PySide6.QtCore import Qt

from iga_workbook import add_opds, write_workbook
from labinovasi.services import evidence
from labinovasi.services.iga_form import import_iga_workbook
from labinovasi.services.innovations import Innovations


def open_view(qtbot, service):
    from labinovasi.ui.facilitator.iga_view import IgaView
    from labinovasi.ui.facilitator.main_window import MainWindow

    window = MainWindow(service=service)
    qtbot.addWidget(window)
    window.show()
    window.iga_menu.menuAction().trigger()  # the menu exists and is reachable
    window.iga_action.trigger()
    view = window.findChild(IgaView, "igaView")
    assert view is not None and view.isVisible()
    view.year_combo.setCurrentIndex(view.year_combo.findData(2026))
    return view


def type_number(qtbot, spin, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Enter)


def test_checklist_and_what_if(qtbot, service, tmp_path):
    add_opds(service)
    import_iga_workbook(service, write_workbook(tmp_path / "iga.xlsx"), year=2026)
    view = open_view(qtbot, service)
    # 2026: klaim SPD 1×3 + 1×2 = 5, SID (13 + 3)/12, yandas 2 of 5 → 0: 6,33 → 2,53;
    # terverifikasi 3 + 12/12 = 4 → 1,60
    assert view.claimed_card.index.text() == "2,53"
    assert view.verified_card.index.text() == "1,60"
    assert view.verified_card.predikat.text() == "Kurang Inovatif"
    names = [view.tree.topLevelItem(i).text(0) for i in range(view.tree.topLevelItemCount())]
    assert names[1:] == ["DINKES · Antrean WA Puskesmas", "DISDIK · Sekolah Ramah Anak"]
    assert "1 dari 3 perangkat daerah" not in view.summary_line.text()
    assert "2 dari 3 perangkat daerah memiliki inovasi" in view.summary_line.text()

    tabs = view.tabs.tabBar()
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(1).center())
    assert view.tabs.currentIndex() == 1
    type_number(qtbot, view.expected_spin, "6")
    type_number(qtbot, view.target_spin, "3")
    # terverifikasi 1,60 + 0,2 per new innovation scoring 6 (below the divisor floor of 12)
    assert view.needed_verified.text() == "Terverifikasi: indeks 1,60; perlu 7 inovasi lagi → 3,00."
    assert not view.lowers_warning.isVisible()
    assert view.gains.rowCount() > 5
    first = [view.gains.item(0, c).text() for c in range(5)]
    assert first[0] == "Inovasi baru" or first[4] != "0,00"


def test_warns_when_a_new_innovation_lowers_the_index(qtbot, service):
    add_opds(service)
    opd = service.find_opd("DINKES")
    for n in range(13):  # past the 2026 divisor floor of 12, each scoring 9
        item = Innovations(service).add(opd.id, f"Inovasi {n}", main_affair="Kesehatan")
        evidence.add_evidence(
            service,
            link=f"https://contoh.go.id/sk-{n}",
            indicator="16",
            innovation_id=item.id,
            year=2026,
        )
        evidence.set_answer(service, "16", item.id, 2026, parameter=3, status="diterima")
    view = open_view(qtbot, service)
    tabs = view.tabs.tabBar()
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(1).center())
    type_number(qtbot, view.expected_spin, "1")
    assert view.lowers_warning.isVisible()
    assert "menurunkan indeks" in view.lowers_warning.text()
    type_number(qtbot, view.expected_spin, "20")
    assert not view.lowers_warning.isVisible()


def test_the_view_opens_on_the_workshops_year_and_marks_a_prognosis(qtbot, service, tmp_path):
    from labinovasi.ui.facilitator.iga_view import IgaView
    from labinovasi.ui.facilitator.main_window import MainWindow

    add_opds(service)
    window = MainWindow(service=service)
    qtbot.addWidget(window)
    window.show()
    window.iga_action.trigger()
    view = window.findChild(IgaView, "igaView")
    expected = evidence.default_year(service)
    assert view.year_combo.currentData() == expected != 2027  # never the prognosis by itself
    assert f"iga-{expected}.json" in view.rules_line.text()
    assert "PROGNOSIS" not in view.rules_line.text()
    view.year_combo.setCurrentIndex(view.year_combo.findData(2027))
    assert "iga-2027.json" in view.rules_line.text()
    assert "PROGNOSIS, belum resmi" in view.rules_line.text()


def test_the_upload_package_from_the_view(qtbot, service, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    add_opds(service)
    import_iga_workbook(service, write_workbook(tmp_path / "iga.xlsx"), year=2026)
    sk = tmp_path / "sk.pdf"
    sk.write_bytes(b"%PDF-1.4 SK\n")
    first = Innovations(service).list()[0]
    evidence.add_evidence(service, path=sk, title="SK", indicator="16", innovation_id=first.id)
    view = open_view(qtbot, service)
    chosen = tmp_path / "unggah"
    chosen.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(chosen))
    qtbot.mouseClick(view.package_button, Qt.MouseButton.LeftButton)
    [folder] = chosen.iterdir()
    assert folder.name == "paket-unggah-IGA-2026"
    assert "Paket unggah: 1 berkas" in view.message.text()
    names = [p.name for p in folder.rglob("*.pdf")]
    assert names == ["16 (1) Regulasi inovasi daerah - SK.pdf"]
    qtbot.mouseClick(view.package_button, Qt.MouseButton.LeftButton)  # again: a second folder
    assert sorted(p.name for p in chosen.iterdir()) == [
        "paket-unggah-IGA-2026",
        "paket-unggah-IGA-2026-2",
    ]


def test_next_year_from_the_view(qtbot, service, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    add_opds(service)
    import_iga_workbook(service, write_workbook(tmp_path / "iga.xlsx"), year=2026)
    view = open_view(qtbot, service)
    assert evidence.list_answers(service, year=2027) == []
    asked = []

    def yes(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    qtbot.mouseClick(view.next_year_button, Qt.MouseButton.LeftButton)
    assert "tahun 2026 ke tahun 2027" in asked[0]
    carried = evidence.list_answers(service, year=2027)
    assert len(carried) == len(evidence.list_answers(service, year=2026)) > 0
    assert view.year_combo.currentData() == 2027
    assert "Tahun 2027:" in view.message.text() and "PROGNOSIS" in view.rules_line.text()


def test_the_iga_menu_offers_the_package_and_the_next_year(qtbot, service, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from labinovasi.ui.facilitator.main_window import MainWindow

    window = MainWindow(service=service)
    qtbot.addWidget(window)
    window.show()
    texts = [a.text() for a in window.iga_menu.actions()]
    assert "&Paket unggah…" in texts and "Mulai &tahun berikutnya…" in texts
    asked = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: asked.append(1) or "")
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(2) or QMessageBox.StandardButton.No
    )
    window.iga_package_action.trigger()
    window.iga_next_year_action.trigger()
    assert asked == [1, 2]


def test_the_view_says_which_innovations_the_window_leaves_out(qtbot, service, tmp_path):
    from datetime import date

    add_opds(service)
    import_iga_workbook(service, write_workbook(tmp_path / "iga.xlsx"), year=2026)
    store = Innovations(service)
    opd = service.find_opd("DINKES")
    old = store.add(opd.id, "Posyandu Keliling")
    store.set_fields(old.id, {"stage": "penerapan", "launch_date": date(2021, 5, 1)})
    view = open_view(qtbot, service)
    assert view.left_out_line.isVisible()
    text = view.left_out_line.text()
    assert "Tidak dihitung dalam indeks (1 dari 3 inovasi dilaporkan" in text
    assert "DINKES · Posyandu Keliling: Waktu penerapan 1 Mei 2021 di luar rentang" in text
    rows = {
        view.tree.topLevelItem(i).text(0): view.tree.topLevelItem(i).text(1)
        for i in range(view.tree.topLevelItemCount())
    }
    assert rows["DINKES · Posyandu Keliling"] == "tidak dihitung"

    # its latest development in the window: counted once the view is refreshed
    store.set_fields(old.id, {"development_date": date(2025, 3, 1)})
    qtbot.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
    assert not view.left_out_line.isVisible()
    rows = {
        view.tree.topLevelItem(i).text(0): view.tree.topLevelItem(i).text(1)
        for i in range(view.tree.topLevelItemCount())
    }
    assert rows["DINKES · Posyandu Keliling"] != "tidak dihitung"


def test_the_view_opens_on_the_year_the_dates_propose(qtbot, service):
    from datetime import date

    from labinovasi.ui.facilitator.iga_view import IgaView
    from labinovasi.ui.facilitator.main_window import MainWindow

    add_opds(service)
    store = Innovations(service)
    item = store.add(service.find_opd("DINKES").id, "SIAP ANTRE")
    store.set_fields(item.id, {"stage": "penerapan", "launch_date": date(2022, 5, 1)})
    window = MainWindow(service=service)
    qtbot.addWidget(window)
    window.show()
    window.iga_action.trigger()
    view = window.findChild(IgaView, "igaView")
    assert view.year_combo.currentData() == 2024
    assert "Aturan: iga-2024.json" in view.rules_line.text()
    assert "tahun diusulkan: 1 dari 1 inovasi bertanggal" in view.rules_line.text()
    view.year_combo.setCurrentIndex(view.year_combo.findData(2026))
    assert "tahun diusulkan" not in view.rules_line.text()
