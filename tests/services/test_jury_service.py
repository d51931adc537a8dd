"""The gelar inovasi kept in the workshop: sheets typed from paper, ranking, fixing, reveal."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from labinovasi.domain import BadInput, RuleRefused
from labinovasi.services import jury

KEYS = ("kebaharuan", "kemanfaatan", "kewenangan", "replikasi", "penguasaan")


def scores(*values):
    return dict(zip(KEYS, values, strict=True))


def test_event_schedule_sheets_ranking_fix_and_reveal(service):
    jury.update_event(
        service,
        on_date=date(2027, 2, 10),
        place="Aula Bappeda",
        start_time="08:30",
        minutes_each=15,
    )
    jury.set_presentations(service, ["inv-a", "inv-b", "inv-c"])
    slots = jury.presentation_schedule(service)
    assert [(s.position, s.innovation_id, s.start) for s in slots] == [
        (1, "inv-a", datetime(2027, 2, 10, 8, 30)),
        (2, "inv-b", datetime(2027, 2, 10, 8, 45)),
        (3, "inv-c", datetime(2027, 2, 10, 9, 0)),
    ]
    one, two = jury.add_juror(service, "Dr. Sari"), jury.add_juror(service, "Ir. Budi")
    jury.set_scores(service, one.id, "inv-a", scores(80, 80, 80, 80, 80))
    jury.set_scores(service, two.id, "inv-a", scores(70, 70, 70, 70, 70))
    jury.set_scores(service, one.id, "inv-b", scores("87,5", 60, 60, 60, 60))
    jury.set_scores(service, two.id, "inv-b", scores(90, 90, 90, 90, 90))
    jury.set_scores(service, one.id, "inv-c", scores(50, 50, 50, 50, None))  # incomplete

    ranking = jury.ranking(service)
    assert [(e.entrant_id, e.rank) for e in ranking] == [
        ("inv-b", 1),
        ("inv-a", 2),
        ("inv-c", None),
    ]
    assert ranking[0].mean == (Decimal("26.25") + 15 + 9 + 12 + 6 + 90) / 2
    with pytest.raises(RuleRefused):
        jury.reveal(service)  # nothing fixed yet
    jury.update_event(service, top_n=1)
    with pytest.raises(RuleRefused) as early:  # inv-c has no complete sheet: asked first
        jury.fix_top(service)
    assert early.value.details == jury.top_concerns(service) != []
    assert not jury.event(service).fixed
    assert [e.entrant_id for e in jury.fix_top(service, force=True)] == ["inv-b"]
    with pytest.raises(RuleRefused, match="ditetapkan"):  # exit 3: a rule, not bad input
        jury.set_scores(service, one.id, "inv-a", scores(99, 99, 99, 99, 99))
    assert jury.reveal(service).revealed and jury.event(service).fixed_ranking == ["inv-b", "inv-a"]
    jury.unfix(service)
    assert not jury.event(service).revealed
    with pytest.raises(BadInput):
        jury.set_scores(service, one.id, "inv-a", scores(101, 0, 0, 0, 0))


def test_custom_rubric_must_add_up_to_100(service):
    with pytest.raises(BadInput) as refused:
        jury.set_rubric(service, [{"key": "a", "name": "A", "weight": 50}])
    assert "Jumlah bobot 50%, harus 100% (kurang 50)." in refused.value.details
    rubric = jury.set_rubric(
        service, [{"key": "a", "name": "A", "weight": 60}, {"key": "b", "name": "B", "weight": 40}]
    )
    assert (
        [c.key for c in jury.rubric(service).criteria]
        == ["a", "b"]
        == [c.key for c in rubric.criteria]
    )


def test_rubric_renamed_reordered_and_reset_keeps_keys(service):
    default_keys = [c.key for c in jury.rubric(service).criteria]
    # Renamed (key given), a criterion found by its name (no key), a new one, reordered.
    changed = jury.set_rubric(
        service,
        [
            {"name": "Dampak bagi masyarakat", "weight": 20},
            {"key": "kemanfaatan", "name": "Manfaat", "weight": 25},
            {"name": "kebaharuan", "weight": "35"},
            {"name": "Penguasaan materi", "weight": "20"},
        ],
    )
    assert [(c.key, c.name, c.weight) for c in changed.criteria] == [
        ("dampak-bagi-masyarakat", "Dampak bagi masyarakat", 20),
        ("kemanfaatan", "Manfaat", 25),
        ("kebaharuan", "kebaharuan", 35),
        ("penguasaan", "Penguasaan materi", 20),
    ]
    assert jury.rubric(service) == changed
    with pytest.raises(BadInput, match="tidak sah") as refused:
        jury.set_rubric(service, [{"name": "A", "weight": 50}, {"name": "a", "weight": 50}])
    assert "nama kriteria ganda" in refused.value.details
    assert jury.rubric(service) == changed  # nothing written
    assert [c.key for c in jury.reset_rubric(service).criteria] == default_keys
    assert [c.key for c in jury.rubric(service).criteria] == default_keys


def test_rubric_locked_once_scores_exist_or_top_is_fixed(service):
    jury.set_presentations(service, ["inv-a"])
    juror = jury.add_juror(service, "Dr. Sari")
    two = [{"name": "A", "weight": 50}, {"name": "B", "weight": 50}]
    assert jury.rubric_locked(service) == ""
    jury.set_scores(service, juror.id, "inv-a", {"kebaharuan": None})  # nothing given yet
    assert jury.rubric_locked(service) == ""
    jury.set_scores(service, juror.id, "inv-a", {"kebaharuan": 80})
    reason = jury.rubric_locked(service)
    assert "sudah ada 1 nilai juri" in reason
    for change in (lambda: jury.set_rubric(service, two), lambda: jury.reset_rubric(service)):
        with pytest.raises(RuleRefused) as refused:
            change()
        assert str(refused.value) == reason
    jury.set_scores(service, juror.id, "inv-a", scores(80, 80, 80, 80, 80))
    jury.fix_top(service, force=True)
    assert "juara sudah ditetapkan" in jury.rubric_locked(service)
    jury.unfix(service)
    jury.set_scores(service, juror.id, "inv-a", dict.fromkeys(KEYS))  # the sheet emptied
    assert jury.rubric_locked(service) == ""
    assert [c.name for c in jury.set_rubric(service, two).criteria] == ["A", "B"]


def test_scores_only_for_presented_innovations_and_known_jurors(service):
    jury.set_presentations(service, ["inv-a"])
    juror = jury.add_juror(service, "Dr. Sari")
    with pytest.raises(BadInput, match="urutan presentasi"):
        jury.set_scores(service, juror.id, "inv-x", scores(80, 80, 80, 80, 80))
    with pytest.raises(BadInput, match="Juri tidak ditemukan"):
        jury.set_scores(service, "nobody", "inv-a", scores(80, 80, 80, 80, 80))
    assert jury.find_juror(service, "  dr. sari ") == juror == jury.find_juror(service, juror.id)
    with pytest.raises(BadInput, match="Juri tidak ditemukan"):
        jury.find_juror(service, "Ir. Budi")


def test_a_juror_sees_only_their_own_sheets(service):
    jury.set_presentations(service, ["inv-a", "inv-b"])
    one, two = jury.add_juror(service, "Dr. Sari"), jury.add_juror(service, "Ir. Budi")
    jury.set_scores(service, one.id, "inv-a", scores(80, 80, 80, 80, 80))
    jury.set_scores(service, two.id, "inv-a", scores(60, 60, 60, 60, 60))
    own = jury.juror_sheets(service, one.id)
    assert own == {"inv-a": dict.fromkeys(KEYS, Decimal(80)), "inv-b": {}}


def test_scores_typed_on_two_laptops_merge(service, tmp_path):
    from labinovasi.services import WorkshopService
    from labinovasi.services.sync import make_station_copy, merge

    jury.set_presentations(service, ["inv-a"])
    juror = jury.add_juror(service, "Dr. Sari")
    # Jurors come from the facilitator's file (issue 26): both are added there first.
    other_juror = jury.add_juror(service, "Ir. Budi")
    copy = tmp_path / "laptop2.labinovasi"
    make_station_copy(service.target, copy)
    with WorkshopService.open(copy) as other:
        jury.set_scores(other, other_juror.id, "inv-a", scores(90, 90, 90, 90, 90))
        jury.set_scores(other, juror.id, "inv-a", scores(70, 70, 70, 70, 70))
    jury.set_scores(service, juror.id, "inv-a", scores(80, 80, 80, 80, 80))  # newer: wins
    report = merge(service.target, [copy])
    assert report.added["display"] >= 1 and not report.rejected
    assert [j.name for j in jury.jurors(service)] == ["Dr. Sari", "Ir. Budi"]
    [entry] = jury.ranking(service)
    assert entry.mean == 85 and entry.sheets == 2
    assert not merge(service.target, [copy]).changed


def test_event_started_on_two_laptops_is_one_event(service, tmp_path):
    from labinovasi.services import WorkshopService
    from labinovasi.services.sync import make_station_copy, merge

    copy = tmp_path / "laptop2.labinovasi"
    make_station_copy(service.target, copy)
    with WorkshopService.open(copy) as other:
        jury.add_juror(other, "Ir. Budi")  # starts the copy's event too
    jury.add_juror(service, "Dr. Sari")
    report = merge(service.target, [copy])
    # One event; the station's juror is not taken (jurors come from the main file).
    assert [j.name for j in jury.jurors(service)] == ["Dr. Sari"]
    assert [r.kind for r in report.rejected] == ["juror"]
