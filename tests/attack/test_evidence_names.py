"""Hostile evidence file names (issue 26): a name from any input (a file added, a station
copy merged, a workbook imported) is data. It is stored as a plain base name, written only
inside a fresh private folder, and a type that could run is never handed to the opener."""

from __future__ import annotations

import sqlite3
import unicodedata
from pathlib import PurePosixPath, PureWindowsPath

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from labinovasi.cli import main
from labinovasi.domain import RuleRefused
from labinovasi.domain.evidence import (
    MAX_FILE_NAME_LENGTH,
    opens_safely,
    safe_file_name,
)
from labinovasi.services import WorkshopService
from labinovasi.services import evidence as ev
from labinovasi.services.sync import make_station_copy, merge

INNOVATION = "7d0f2b1a-0000-4000-8000-000000000001"
PDF = b"%PDF-1.4 SK Bupati\n" * 50
RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: "laporan\u202efdp.exe" reads "laporanexe.pdf"

# The four names of the issue, and their relatives.
HOSTILE = [
    "../../korban.pdf",
    "/tmp/di-luar.pdf",
    "..\\..\\Users\\fasilitator\\korban.pdf",
    "C:\\Windows\\System32\\evil.pdf",
    "program.exe",
    f"laporan{RLO}fdp.exe",
    "..",
    "",
    "CON.pdf",
    "rapor\x00t.pdf",
    "a" * 500 + ".pdf",
]


@st.composite
def names(draw) -> str:
    parts = st.sampled_from(
        ["..", ".", "/", "\\", "C:", RLO, "\u200b", "\x00", "\n", " ", "exe", "pdf", "CON", ":"]
    )
    return draw(
        st.lists(st.one_of(parts, st.text(max_size=12)), max_size=12).map("".join)
        | st.text(max_size=300)
    )


@settings(max_examples=400, deadline=None, derandomize=True)
@given(names())
def test_a_stored_name_is_one_plain_component_anywhere(name):
    safe = safe_file_name(name)
    assert safe and safe not in (".", "..") and len(safe) <= MAX_FILE_NAME_LENGTH
    for flavour in (PurePosixPath, PureWindowsPath):
        path = flavour(safe)
        assert path.name == safe and not path.anchor and len(path.parts) == 1
    assert not any(unicodedata.category(c).startswith("C") for c in safe)
    assert safe == safe.strip(" .") and not set(safe) & set('<>:"/\\|?*')
    assert safe_file_name(safe) == safe  # what is stored is stable


@pytest.mark.parametrize(
    "name, stored, opens",
    [
        ("../../korban.pdf", "korban.pdf", True),
        ("/tmp/di-luar.pdf", "di-luar.pdf", True),
        ("..\\..\\Users\\korban.pdf", "korban.pdf", True),
        ("program.exe", "program.exe", False),
        (f"laporan{RLO}fdp.exe", "laporanfdp.exe", False),
        ("skrip.PS1", "skrip.PS1", False),
        ("pintasan.lnk", "pintasan.lnk", False),
        ("makro.docm", "makro.docm", False),
        ("tanpa-ekstensi", "tanpa-ekstensi", False),
        ("CON.pdf", "_CON.pdf", True),
        ("laporan. . ", "laporan", False),
        ("", "bukti", False),
    ],
)
def test_hostile_names(name, stored, opens):
    assert safe_file_name(name) == stored
    assert opens_safely(name) is opens


@pytest.fixture
def lab(service):
    from labinovasi.services.innovations import Innovations

    opd = service.add_opd("Dinas Kesehatan", "DINKES")
    Innovations(service).add(opd.id, "SIAP ANTRE", innovation_id=INNOVATION)
    return service


def _stored(lab, tmp_path, name: str = "sk.pdf", data: bytes = PDF) -> str:
    source = tmp_path / "asli.pdf"
    source.write_bytes(data)
    item = ev.add_evidence(lab, path=source, indicator="20", innovation_id=INNOVATION, year=2026)
    with sqlite3.connect(lab.target) as db:  # as an older version or a tampered copy stored it
        db.execute("UPDATE evidence SET file_name = ? WHERE id = ?", (name, item.id))
    return item.id


@pytest.mark.parametrize("name", HOSTILE)
def test_opening_writes_only_inside_a_fresh_private_folder(lab, tmp_path, name, monkeypatch):
    temp_root = tmp_path / "tmp"
    temp_root.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp_root))
    monkeypatch.setattr("tempfile.tempdir", None)
    victim = temp_root / "korban.pdf"
    victim.write_bytes(b"milik fasilitator")
    evidence_id = _stored(lab, tmp_path, name)
    if not opens_safely(name):
        with pytest.raises(RuleRefused, match="Simpan sebagai"):
            ev.temp_copy(lab, evidence_id)
        assert sorted(temp_root.iterdir()) == [victim]  # nothing written
        return
    path = ev.temp_copy(lab, evidence_id)
    assert path.parent.parent == temp_root and path.parent.name.startswith("labinovasi-bukti-")
    assert path.parent.stat().st_mode & 0o077 == 0  # this user only
    assert path.name == safe_file_name(name) and path.read_bytes() == PDF
    assert victim.read_bytes() == b"milik fasilitator"


def test_a_file_added_under_a_bidi_name_keeps_an_honest_name(lab, tmp_path):
    source = tmp_path / f"laporan{RLO}fdp.exe"
    source.write_bytes(b"MZ\x90\x00 program")
    item = ev.add_evidence(lab, path=source)
    assert item.file_name == "laporanfdp.exe" and item.extension == "exe"
    with pytest.raises(RuleRefused):
        ev.temp_copy(lab, item.id)


def test_stale_copies_are_removed_on_the_next_open(lab, tmp_path, monkeypatch):
    import os

    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr("tempfile.tempdir", None)
    old = tmp_path / "labinovasi-bukti-lama"
    old.mkdir()
    (old / "sk.pdf").write_bytes(PDF)
    os.utime(old, (0, 0))
    fresh = ev.temp_copy(lab, _stored(lab, tmp_path))
    assert not old.exists() and fresh.is_file()


def test_get_into_a_folder_uses_the_safe_name(lab, tmp_path, capsys):
    evidence_id = _stored(lab, tmp_path, "../../korban.pdf")
    lab.close()
    out = tmp_path / "keluar"
    out.mkdir()
    assert main(["evidence", "get", str(lab.target), evidence_id, "--out", str(out)]) == 0
    assert [p.name for p in out.iterdir()] == ["korban.pdf"]
    assert not (tmp_path / "korban.pdf").exists()


def test_a_merge_stores_a_station_copys_names_as_plain_names(tmp_path):
    main_file = tmp_path / "lab.labinovasi"
    with WorkshopService.create(main_file, "Lab") as service:
        service.add_opd("Dinas Kesehatan", "DINKES")
    station = tmp_path / "meja-1.labinovasi"
    make_station_copy(main_file, station, "Meja 1")
    with WorkshopService.open(station) as service:
        source = tmp_path / "sk.pdf"
        source.write_bytes(PDF)
        ids = [ev.add_evidence(service, path=source, title=f"SK {n}").id for n in range(3)]
    with sqlite3.connect(station) as db:
        for evidence_id, name in zip(
            ids, ["../../korban.pdf", "/etc/cron.d/x.pdf", f"foto{RLO}gpj.exe"], strict=True
        ):
            db.execute("UPDATE evidence SET file_name = ? WHERE id = ?", (name, evidence_id))
    merge(main_file, [station])
    with WorkshopService.open(main_file) as service:
        stored = sorted(item.file_name for item in ev.list_evidence(service))
    assert stored == ["fotogpj.exe", "korban.pdf", "x.pdf"]


def test_a_workbook_names_a_file_by_its_plain_name(lab, tmp_path):
    from labinovasi.services.iga_form import _evidence_key

    assert _evidence_key("..\\..\\rahasia\\sk.pdf") == _evidence_key("sk.pdf")
    assert _evidence_key(f"sk{RLO}fdp.exe") == "skfdp.exe"


def test_a_stored_name_with_control_characters_does_not_break_the_iga_export(lab, tmp_path):
    """Names stored before names were made safe may hold a BEL or an ESC (issue 26, low)."""
    from openpyxl import load_workbook

    _stored(lab, tmp_path, "sk\x07bel\x1b.pdf")
    lab.close()
    out = tmp_path / "iga.xlsx"
    assert (
        main(
            ["export", str(lab.target), "--format", "iga-xlsx", "--year", "2026", "--out", str(out)]
        )
        == 0
    )
    cells = [c for row in load_workbook(out)["Indikator"].iter_rows(values_only=True) for c in row]
    assert "skbel.pdf" in cells


def test_temporary_files_left_by_kills_are_removed_by_the_next_write(lab, tmp_path):
    """A report or a station copy killed half-way leaves its temporary file (issue 26, low):
    the next one written in that folder removes those older than an hour, never a fresh one."""
    import os

    from labinovasi.services.export import export_workshop
    from labinovasi.services.sync import make_station_copy

    out = tmp_path / "keluar"
    out.mkdir()
    stale = [out / ".labinovasi-abc123.pdf", out / ".meja-1.labinovasi.sebagian-wal"]
    for path in stale:
        path.write_bytes(b"separuh")
        os.utime(path, (0, 0))
    fresh = out / ".labinovasi-sedang-ditulis.json"
    fresh.write_bytes(b"{")
    export_workshop(lab, "json", out / "ekspor.json")
    make_station_copy(lab.target, out / "meja-2.labinovasi", "Meja 2")
    assert not any(path.exists() for path in stale) and fresh.exists()
