"""Hostile XLSX workbooks (issue 26): every workbook the app reads (OPD, ideas, participants,
the IGA form) is read within bounded rows, columns, cells, characters, unpacked bytes and
time. The bombs that once exhausted memory or a core are refused at once with a message
(exit 4, nothing written); 1,500 generated hostile workbooks give no traceback."""

from __future__ import annotations

import hashlib
import resource
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hostile_xlsx import BOMBS, workbooks
from labinovasi.cli import main
from labinovasi.domain import BadInput
from labinovasi.services import papers
from labinovasi.services.iga_form import import_iga_workbook

DATA = Path(__file__).parents[1] / "data" / "workbooks"
READERS = ("idea", "opd", "participants", "iga")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def lab(service):
    service.add_opd("Dinas Kesehatan", "DINKES")
    return service


def read_with(service, reader: str, source: Path) -> None:
    if reader == "idea":
        service.import_ideas(source)
    elif reader == "opd":
        service.import_opds(source)
    elif reader == "participants":
        papers.import_participants(service, source)
    else:
        import_iga_workbook(service, source, 2026)


@pytest.mark.parametrize("name", sorted(BOMBS))
@pytest.mark.parametrize("command", [["idea", "import"], ["innovation", "import"]])
def test_a_bomb_is_refused_at_once_with_exit_4(service, workshop_path, name, command, capsys):
    service.add_opd("Dinas Kesehatan", "DINKES")
    service.close()
    before = digest(workshop_path)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.process_time()
    code = main([*command, str(workshop_path), str(DATA / name)])
    err = capsys.readouterr().err
    assert code == 4, err
    assert "Traceback" not in err and err.strip()
    assert digest(workshop_path) == before
    # Bounded: a few seconds of one core and well under 1 GB more memory (ru_maxrss: KiB).
    assert time.process_time() - started < 20
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak < 1024 * 1024


@pytest.mark.parametrize(
    "name, says",
    [
        ("row-bomb.xlsx", "melewati batas 100.000 baris"),
        ("dimension-bomb.xlsx", "melewati batas 100.000 baris"),
        ("column-bomb.xlsx", "melewati batas 200 kolom"),
        ("shared-string-bomb.xlsx", "lebih dari 32.767 karakter"),
        ("entity-bomb.xlsx", "DTD"),
        ("zip-bomb.xlsx", "setelah diurai"),
        ("cell-count-bomb.xlsx", "lebih dari 2.000.000 sel"),
        ("budget-bomb.xlsx", "Anggaran paling besar"),
    ],
)
def test_the_refusal_names_the_limit(lab, name, says):
    with pytest.raises(BadInput) as refusal:
        import_iga_workbook(lab, DATA / name, 2026)
    assert says in " ".join([refusal.value.message, *refusal.value.details])


def test_a_lying_dimension_is_ignored_not_trusted(lab):
    """`<dimension ref="A1:XFD1048576">` over three cells: the three cells are read."""
    from labinovasi.storage.tabular import read_table

    table = read_table(DATA / "dimension-lie.xlsx")
    assert table.headers == ["1"] and [values for _line, values in table.rows] == [
        {"1": "1"},
        {"1": "1"},
    ]


def test_a_budget_over_two_to_the_63_is_refused_by_innovation_set(service, workshop_path, capsys):
    opd = service.add_opd("Dinas Kesehatan", "DINKES")
    from labinovasi.services.innovations import Innovations

    item = Innovations(service).add(opd.id, "SIAP ANTRE")
    service.close()
    for value in (str(2**63), str(2**64 + 1), "9" * 5000):
        code = main(["innovation", "set", str(workshop_path), item.id, f"budget={value}"])
        err = capsys.readouterr().err
        assert code == 4 and "Traceback" not in err and "Anggaran" in err


GENERATED = settings(
    max_examples=1500,
    deadline=None,
    derandomize=True,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)


@GENERATED
@given(data=workbooks, reader=st.sampled_from(READERS))
def test_generated_hostile_workbooks_never_crash(lab, tmp_path, data, reader):
    source = tmp_path / "hostile.xlsx"
    source.write_bytes(data)
    try:
        read_with(lab, reader, source)
    except BadInput as refusal:
        assert refusal.message
