"""`labinovasi report` and render_report: kinds, exit codes, atomic writes, worker threads."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader

from labinovasi.cli import main
from labinovasi.domain import BadInput
from labinovasi.services.reporting import render_report, render_report_bytes
from pdf_reading import pdf_texts

SUMMARY = "8 dari 12 OPD (66,7%) memenuhi minimal 5 gagasan"


@pytest.fixture
def sample_file(sample_service, workshop_path) -> Path:
    sample_service.close()
    return workshop_path


def test_report_all_is_the_default(sample_file, tmp_path, capsys):
    out = tmp_path / "semua.pdf"
    assert main(["report", str(sample_file), "--out", str(out)]) == 0
    texts = pdf_texts(out)
    assert SUMMARY in texts[0]
    assert sum("LEMBAR HASIL LABORATORIUM INOVASI" in t for t in texts) == 12
    assert str(out) in capsys.readouterr().err
    explicit = tmp_path / "all.pdf"
    assert main(["report", str(sample_file), "--out", str(explicit), "--all"]) == 0
    assert len(PdfReader(explicit).pages) == len(texts)


def test_report_summary_only(sample_file, tmp_path):
    out = tmp_path / "rekap.pdf"
    assert main(["report", str(sample_file), "--out", str(out), "--summary"]) == 0
    text = "\n".join(pdf_texts(out))
    assert SUMMARY in text and "LEMBAR HASIL" not in text
    assert PdfReader(out).metadata.subject == "Rekapitulasi Laboratorium Inovasi"


def test_report_one_opd_by_singkatan_or_name(sample_file, tmp_path):
    for key in ("dinkes", "Dinas Kesehatan"):
        out = tmp_path / f"{key}.pdf"
        assert main(["report", str(sample_file), "--out", str(out), "--opd", key]) == 0
        texts = pdf_texts(out)
        assert "Dinas Kesehatan (DINKES)" in texts[0]
        assert "5 dari 5 gagasan — memenuhi minimal" in texts[0]
        assert "duplikat dari no. 1" in texts[0]  # "Antrean Puskesmas lewat WhatsApp."
        assert SUMMARY not in "\n".join(texts)
        assert [o.title for o in PdfReader(out).outline] == ["Dinas Kesehatan (DINKES)"]


def test_unknown_opd_exits_4_and_writes_nothing(sample_file, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert main(["report", str(sample_file), "--out", str(out), "--opd", "NOPE"]) == 4
    assert "OPD tidak ditemukan: NOPE" in capsys.readouterr().err
    assert not out.exists()


def test_missing_output_folder_exits_4(sample_file, tmp_path, capsys):
    out = tmp_path / "tidak-ada" / "x.pdf"
    assert main(["report", str(sample_file), "--out", str(out)]) == 4
    assert "Folder tidak ditemukan" in capsys.readouterr().err
    assert main(["report", str(sample_file), "--out", str(tmp_path)]) == 4  # a folder


def test_unopenable_workshop_exits_5(tmp_path):
    out = tmp_path / "x.pdf"
    assert main(["report", str(tmp_path / "hilang.labinovasi"), "--out", str(out)]) == 5
    junk = tmp_path / "rusak.labinovasi"
    junk.write_text("bukan lokakarya")
    assert main(["report", str(junk), "--out", str(out)]) == 5
    assert not out.exists()


def test_choices_are_mutually_exclusive(sample_file, tmp_path):
    with pytest.raises(SystemExit) as exit_info:
        main(
            [
                "report",
                str(sample_file),
                "--out",
                str(tmp_path / "x.pdf"),
                "--summary",
                "--opd",
                "DINKES",
            ]
        )
    assert exit_info.value.code == 2


def test_render_report_replaces_whole_file_and_leaves_no_temp(sample_service, tmp_path):
    folder = tmp_path / "cetak"
    folder.mkdir()
    out = folder / "laporan.pdf"
    out.write_bytes(b"lama")
    assert render_report(sample_service, out, kind="summary") == out
    assert out.read_bytes().startswith(b"%PDF")
    with pytest.raises(BadInput):
        render_report(sample_service, out, kind="opd", opd_id="tidak-ada")
    with pytest.raises(BadInput):
        render_report(sample_service, out, kind="semua")
    assert out.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in folder.iterdir()) == ["laporan.pdf"]


def test_render_from_worker_threads_at_once(sample_service, tmp_path):
    """The print preview renders in a worker thread; two at once must both come out whole."""
    opd = sample_service.find_opd("DINKES")
    results: dict[str, object] = {}

    def work(name: str, **kw) -> None:
        try:
            results[name] = render_report(sample_service, tmp_path / f"{name}.pdf", **kw)
        except Exception as error:  # noqa: BLE001 - reported below, not lost in the thread
            results[name] = error

    threads = [
        threading.Thread(target=work, args=("semua",)),
        threading.Thread(target=work, args=("dinkes",), kwargs={"kind": "opd", "opd_id": opd.id}),
        threading.Thread(target=work, args=("rekap",), kwargs={"kind": "summary"}),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert all(isinstance(r, Path) for r in results.values()), results
    assert len(results) == 3
    alone = render_report_bytes(sample_service, kind="summary")
    assert (
        pdf_texts(tmp_path / "rekap.pdf")[0].split("Dicetak")[0]
        == pdf_texts(alone)[0].split("Dicetak")[0]
    )
    assert "Dinas Kesehatan (DINKES)" in pdf_texts(tmp_path / "dinkes.pdf")[0]


def test_reports_import_without_qt():
    code = (
        "import sys, labinovasi.reports, labinovasi.cli.report, "
        "labinovasi.services.reporting; assert 'PySide6' not in sys.modules, "
        "[m for m in sys.modules if m.startswith('PySide6')]"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
