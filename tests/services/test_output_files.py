"""Files written for people appear whole or not at all (services/output_files.py)."""

from __future__ import annotations

import os

import pytest

from labinovasi.domain import BadInput
from labinovasi.services.export import export_workshop
from labinovasi.services.output_files import check_target, whole_file


def test_a_failure_while_writing_leaves_the_older_copy_and_no_temporary_file(tmp_path):
    out = tmp_path / "laporan.pdf"
    out.write_bytes(b"versi lama")
    with pytest.raises(RuntimeError), whole_file(out) as temp:
        temp.write_bytes(b"separuh")
        raise RuntimeError("writer failed")
    assert out.read_bytes() == b"versi lama"
    assert [p.name for p in tmp_path.iterdir()] == ["laporan.pdf"]


def test_the_new_file_replaces_the_old_one_whole(tmp_path):
    out = tmp_path / "laporan.pdf"
    out.write_bytes(b"versi lama")
    with whole_file(out) as temp:
        assert temp.parent == tmp_path and temp != out
        temp.write_bytes(b"versi baru")
        assert out.read_bytes() == b"versi lama"  # untouched until the block ends
    assert out.read_bytes() == b"versi baru"
    assert [p.name for p in tmp_path.iterdir()] == ["laporan.pdf"]


def test_targets_refused_before_anything_is_written(tmp_path):
    with pytest.raises(BadInput, match="Folder tidak ditemukan"):
        check_target(tmp_path / "tidak" / "ada.pdf")
    with pytest.raises(BadInput, match="Tujuan adalah folder"):
        check_target(tmp_path)
    with pytest.raises(BadInput, match=r"harus \.pdf atau \.docx"):
        check_target(tmp_path / "surat.odt", (".pdf", ".docx"))
    assert list(tmp_path.iterdir()) == []


def test_an_export_that_fails_midway_keeps_the_previous_export(
    sample_service, tmp_path, monkeypatch
):
    folder = tmp_path / "keluar"
    folder.mkdir()
    out = folder / "gagasan.csv"
    export_workshop(sample_service, "csv", out)
    before = out.read_bytes()

    def broken_rows(service):
        yield ["separuh"]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("labinovasi.services.export._idea_rows", broken_rows)
    with pytest.raises(BadInput, match="tidak dapat ditulis"):
        export_workshop(sample_service, "csv", out)
    assert out.read_bytes() == before
    assert [p.name for p in folder.iterdir()] == ["gagasan.csv"]


def test_written_files_get_the_users_normal_permissions(tmp_path):
    previous = os.umask(0o022)
    try:
        out = tmp_path / "lembar-hasil.pdf"
        with whole_file(out) as temp:
            temp.write_bytes(b"%PDF-1.4")
        assert out.stat().st_mode & 0o777 == 0o644  # not 0600: others may read a paper
        os.chmod(out, 0o640)
        with whole_file(out) as temp:  # a copy replaced keeps the mode it had
            temp.write_bytes(b"%PDF-1.5")
        assert out.stat().st_mode & 0o777 == 0o640
    finally:
        os.umask(previous)
