"""The upload package as an officer opens it: a folder per innovation and one for the region,
files named by indicator in both numberings, a scan above the portal's limit replaced by a
smaller copy that still reads (the stored original untouched), links listed, an index sheet."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PIL import Image, ImageDraw
from pypdf import PdfReader

from iga_workbook import add_opds
from labinovasi.cli import main
from labinovasi.domain import BadInput
from labinovasi.services import evidence as ev
from labinovasi.services.iga_package import INDEX_NAME, REGION_FOLDER, build_package
from labinovasi.services.innovations import Innovations

LIMIT = 2 * 1024 * 1024


def scan_pdf(path: Path) -> Path:
    """A one-page A4 scan at 300 dpi, grainy as scanners make them: about 4-6 MB."""
    width, height = 2480, 3508
    page = Image.new("L", (width, height), 235)
    draw = ImageDraw.Draw(page)
    for y in range(150, height - 150, 40):
        draw.text((120, y), "KEPUTUSAN BUPATI TANAH HARAPAN NOMOR 188.45/412/2026 " * 3, fill=20)
    page = Image.blend(page, Image.effect_noise((width, height), 25), 0.3).convert("RGB")
    page.save(path, "PDF", resolution=300, quality=97)
    return path


@pytest.fixture
def workshop(service, tmp_path):
    add_opds(service)
    innovation = Innovations(service).add(service.find_opd("DINKES").id, "SIAP ANTRE")
    scan = scan_pdf(tmp_path / "sk-bupati-pindai.pdf")
    assert scan.stat().st_size > 2 * LIMIT
    photo = tmp_path / "spanduk.png"
    Image.new("RGB", (400, 300), (200, 30, 30)).save(photo)
    ev.add_evidence(
        service, path=scan, title="SK Bupati", indicator="16", innovation_id=innovation.id
    )
    ev.add_evidence(
        service, path=photo, title="Spanduk", indicator="25", innovation_id=innovation.id
    )
    ev.add_evidence(
        service,
        link="https://youtu.be/contoh",
        title="Video",
        indicator="35",
        innovation_id=innovation.id,
    )
    rpjmd = tmp_path / "rpjmd.pdf"
    rpjmd.write_bytes(b"%PDF-1.4 RPJMD\n")
    ev.add_evidence(service, path=rpjmd, title="RPJMD", indicator="1")
    return service, innovation, scan


def test_package_names_files_by_both_numberings_and_shrinks_the_scan(workshop, tmp_path):
    service, innovation, scan = workshop
    package = build_package(service, tmp_path / "paket", year=2026)
    folder = tmp_path / "paket"
    assert sorted(p.name for p in folder.iterdir()) == [
        REGION_FOLDER,
        "01 DINKES - SIAP ANTRE",
        INDEX_NAME,
    ]
    files = sorted(p.name for p in (folder / "01 DINKES - SIAP ANTRE").iterdir())
    assert files == [
        "16 (1) Regulasi inovasi daerah - SK Bupati.pdf",
        "25 (10) Sosialisasi inovasi daerah - Spanduk.png",
    ]
    assert [p.name for p in (folder / REGION_FOLDER).iterdir()] == [
        "1 Visi dan misi inovasi kepala daerah - RPJMD.pdf"
    ]
    smaller = folder / "01 DINKES - SIAP ANTRE" / files[0]
    assert smaller.stat().st_size <= LIMIT  # within the portal's 2 MB
    reader = PdfReader(smaller)
    assert len(reader.pages) == 1 and min(reader.pages[0].images[0].image.size) >= 1000
    sk = next(f for f in package.files if f.indicator == "16")
    assert sk.reduced and not sk.over_limit and sk.original_size == scan.stat().st_size
    stored = next(e for e in ev.list_evidence(service) if e.title == "SK Bupati")
    assert ev.evidence_bytes(service, stored.id) == scan.read_bytes()  # original untouched

    sheet = load_workbook(folder / INDEX_NAME).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0][:5] == ["Pemilik", "No indikator", "No formulir", "Indikator", "Berkas di paket"]
    video = next(r for r in rows if r[1] == "35")
    assert video[2] == "20" and video[7] == "https://youtu.be/contoh"
    assert any(r[1] == "16" and "diperkecil" in (r[8] or "") for r in rows)


def test_package_refuses_a_folder_that_is_not_empty_and_writes_nothing(workshop, tmp_path):
    service, _innovation, _scan = workshop
    target = tmp_path / "isi"
    target.mkdir()
    (target / "lama.txt").write_text("punya orang")
    with pytest.raises(BadInput):
        build_package(service, target, year=2026)
    assert [p.name for p in target.iterdir()] == ["lama.txt"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".paket-")]


def test_cli_package_json_and_zip(workshop, workshop_path, tmp_path, capsys):
    service, innovation, _scan = workshop
    path = workshop_path
    out = tmp_path / "unggah"
    args = ["iga", "package", str(path), "--out", str(out), "--year", "2026", "--zip", "--json"]
    assert main(args) == 0
    result = json.loads(capsys.readouterr().out)
    assert {"folder", "zip", "year", "limit_bytes", "files"} <= set(result)
    assert Path(result["zip"]).exists() and result["limit_bytes"] == LIMIT
    keys = {"owner", "indicator", "form_no", "file", "bytes", "original_bytes", "reduced"}
    assert all(keys <= set(f) for f in result["files"])
    assert main(args) == 4  # the folder is there now: nothing overwritten
    one = tmp_path / "satu"
    assert (
        main(["iga", "package", str(path), "--out", str(one), "--innovation", innovation.id[:8]])
        == 0
    )
    assert io.StringIO(capsys.readouterr().out).getvalue().startswith("Paket unggah IGA")


def test_an_innovation_the_year_does_not_count_gets_no_folder_and_is_named(workshop, tmp_path):
    """The package follows the estimate's one rule (domain.iga.eligibility): an innovation
    launched in 2019 with no waktu pengembangan is not counted in 2026, so nothing of it is
    prepared for upload; the index sheet and the JSON say which and why."""
    from datetime import date

    service, _innovation, _scan = workshop
    store = Innovations(service)
    old = store.add(service.find_opd("DINKES").id, "KARTU SEHAT LAMA")
    store.set_fields(old.id, {"stage": "penerapan", "launch_date": date(2019, 6, 3)})
    photo = tmp_path / "foto-lama.png"
    Image.new("RGB", (40, 30), (0, 90, 200)).save(photo)
    ev.add_evidence(service, path=photo, title="Foto", indicator="25", innovation_id=old.id)
    folder = tmp_path / "paket"
    package = build_package(service, folder, year=2026)
    assert sorted(p.name for p in folder.iterdir()) == [
        REGION_FOLDER,
        "01 DINKES - SIAP ANTRE",
        INDEX_NAME,
    ]
    ((name, why),) = package.left_out
    assert name == "DINKES · KARTU SEHAT LAMA" and "waktu pengembangan" in why
    assert package.to_json()["left_out"] == [{"innovation": name, "reason": why}]
    sheet = load_workbook(folder / INDEX_NAME)["Tidak dihitung"]
    assert [[c.value for c in row] for row in sheet.iter_rows()] == [
        ["Inovasi", "Alasan"],
        [name, why],
    ]
    # counted again once its latest development falls in the window
    store.set_fields(old.id, {"development_date": date(2025, 2, 1)})
    again = build_package(service, tmp_path / "paket2", year=2026)
    assert again.left_out == [] and (tmp_path / "paket2" / "02 DINKES - KARTU SEHAT LAMA").is_dir()
