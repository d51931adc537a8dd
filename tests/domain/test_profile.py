"""The innovation profile declared once (domain/profile.py): the older names are derived from
it, check_field follows each field's kind, and a field added to it (with its column) appears in
both forms, the CLI, the exports, the merge and the history (tests/declared_field_case.py, in a
process of its own)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import labinovasi
from labinovasi.domain import BadInput, innovations, profile
from labinovasi.domain.innovations import Innovation, check_field

CASE = Path(__file__).resolve().parents[1] / "declared_field_case.py"


def test_the_older_names_are_derived_from_the_declaration():
    keys = tuple(f.key for f in profile.PROFILE)
    assert innovations.INNOVATION_FIELDS == keys and len(set(keys)) == len(keys)
    assert set(innovations.FIELD_LABELS) == set(keys)
    assert innovations.CHOICE_FIELDS == {
        "stage": "tahapan",
        "initiator": "inisiator",
        "kind": "jenis",
        "form": "bentuk",
        "main_affair": "urusan",
    }
    assert innovations.DATE_FIELDS == ("trial_date", "launch_date", "development_date")
    assert innovations.REQUIRED_FIELDS == (
        "name",
        "kind",
        "form",
        "main_affair",
        "design_text",
        "goal",
        "leader",
    )
    assert len(innovations.PROFILE_PARTS) == 14 and innovations.PROFILE_PARTS[-1] == "actions"
    assert [c for c, _k in profile.NATIONAL_COLUMNS][:3] == [
        "Nama Inovasi Daerah",
        "Tahapan Inovasi",
        "Inisiator Inovasi Daerah",
    ]
    for declared in profile.PROFILE:
        assert declared.kind in profile.KINDS, declared.key
        assert declared.step in ("", *profile.STEPS), declared.key
        assert (declared.kind in (profile.CHOICE, profile.LIST)) == bool(declared.choices)
        # Every field is an Innovation attribute today (a new one may live in `extra`).
        assert Innovation(id="", opd_id="").value(declared.key) in ("", None, [], "inisiatif")


def test_check_field_follows_each_kind():
    assert check_field("goal", "  Antrean pendek\x07 ") == "Antrean pendek"
    assert check_field("form", "Inovasi pelayanan publik") == "pelayanan-publik"
    assert check_field("other_affairs", "1.02; Pendidikan; 1.02") == ["1.02", "1.01"]
    assert check_field("trial_date", "2027-01-04") == date(2027, 1, 4)
    assert check_field("budget", "Rp1.250.000") == 1_250_000
    with pytest.raises(BadInput, match="Bentuk inovasi: \u201cx\u201d tidak ada dalam daftar"):
        check_field("form", "x")
    with pytest.raises(BadInput, match="Anggaran tidak boleh negatif"):
        check_field("budget", "-5")
    with pytest.raises(BadInput, match="Isian tidak dikenal: motto"):
        check_field("motto", "x")


def test_a_field_without_an_attribute_lives_in_extra():
    innovation = Innovation(id="i", opd_id="o").with_values({"goal": "Cepat", "motto": "Sehat"})
    assert innovation.goal == "Cepat" and innovation.extra == {"motto": "Sehat"}
    assert innovation.value("motto") == "Sehat"


def test_a_declared_field_appears_in_the_forms_cli_exports_merge_and_history():
    """The throw-away field is declared, and its column added, in a process of its own: the
    change to the declaration and the ORM mapping cannot leak into the other tests."""
    env = dict(os.environ)
    src = str(Path(labinovasi.__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (src, env.get("PYTHONPATH", "")) if p)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = subprocess.run(
        [
            *(sys.executable, "-m", "pytest", str(CASE), "--noconftest", "-p", "no:cacheprovider"),
            *("-o", "addopts=", "-q"),
        ],
        cwd=CASE.parents[1],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "2 passed" in result.stdout and "skipped" not in result.stdout, result.stdout
