"""The stored idea marks are a cache of classify_ideas: after any sequence of adds, edits,
withdrawals, restores, moves, imports and merges they equal a classification from scratch."""

from __future__ import annotations

import shutil
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from labinovasi.domain import classify_ideas, normalize_idea_text, tally_ideas
from labinovasi.services import WorkshopService
from labinovasi.services.sync import make_station_copy, merge
from labinovasi.storage import idea_marks
from labinovasi.storage.models import IdeaRow

# Few texts, so equal ideas (by case, punctuation, spacing) and blank keys come up often.
TEXTS = st.sampled_from(
    [
        "Antrean daring",
        "antrean  DARING!",
        "Antrean daring.",
        "Kartu",
        "KARTU",
        "Data terpadu",
        "...",
        "Jemput bola",
    ]
)
IDEA = st.integers(min_value=0, max_value=30)  # an index into the ideas there are
OPD = st.integers(min_value=0, max_value=2)
STEP = st.one_of(
    st.tuples(st.just("add"), OPD, TEXTS),
    st.tuples(st.just("station_add"), OPD, TEXTS),
    st.tuples(st.just("edit"), IDEA, TEXTS),
    st.tuples(st.just("station_edit"), IDEA, TEXTS),
    st.tuples(st.just("withdraw"), IDEA, st.sampled_from(["", "Di luar kewenangan OPD"])),
    st.tuples(st.just("move"), IDEA, OPD),
    st.tuples(st.just("import"), OPD, TEXTS),
    st.tuples(st.just("merge"), st.just(0), st.just("")),
)


@pytest.fixture(scope="module")
def files() -> tuple[Path, Path]:
    """A workshop of three OPDs and one station copy of it, made once; each example copies."""
    folder = Path(tempfile.mkdtemp(prefix="marks-"))
    main = folder / "utama.labinovasi"
    with WorkshopService.create(main, "Lab") as service:
        for n in range(3):
            service.add_opd(f"OPD {n}", f"O{n}")
    copy = folder / "stasiun.labinovasi"
    make_station_copy(main, copy, "Stasiun 1")
    yield main, copy
    shutil.rmtree(folder)


def marks_from_scratch(service: WorkshopService) -> dict[str, tuple]:
    """classify_ideas over every OPD, as the stored marks should read."""
    with service._read() as session:
        rows = session.execute(
            select(IdeaRow.id, IdeaRow.opd_id, IdeaRow.text, IdeaRow.withdrawn_reason).order_by(
                IdeaRow.created_at, IdeaRow.id
            )
        ).all()
    by_opd: dict[str, list] = {}
    for row in rows:
        by_opd.setdefault(row.opd_id, []).append(row)
    return {
        counted.idea_id: (
            normalize_idea_text(row.text),
            idea_marks.mark_of(counted),
            counted.duplicate_of,
        )
        for group in by_opd.values()
        for row, counted in zip(group, classify_ideas(group), strict=True)
    }


def stored_marks(service: WorkshopService) -> dict[str, tuple]:
    with service._read() as session:
        return {
            r.id: (r.text_key, r.mark, r.duplicate_of)
            for r in session.execute(
                select(IdeaRow.id, IdeaRow.text_key, IdeaRow.mark, IdeaRow.duplicate_of)
            )
        }


def move(service: WorkshopService, idea_id: str, opd_id: str) -> None:
    """Moving an idea to another OPD, the way any new writer does it: inside `kept`."""
    with service._write() as session:
        row = session.get(IdeaRow, idea_id)
        with idea_marks.kept(session, [idea_id]):
            row.opd_id = opd_id


def apply(
    step: tuple, main: WorkshopService, station: WorkshopService, folder: Path, station_path: Path
) -> None:
    kind, number, value = step
    service = station if kind.startswith("station_") else main
    opds = [o.id for o in service.list_opds()]
    ideas = [v.idea.id for v in service.list_ideas()]
    if kind in ("add", "station_add"):
        view = service.add_idea(opds[number], value)
        # The add path's own view (built inside its transaction) is the one idea_view reads.
        assert view == service.idea_view(view.idea.id)
    elif kind == "import":
        source = folder / "impor.csv"
        source.write_text(
            f"opd,gagasan\nO{number},{value}\nO{number},{value} baru\n", encoding="utf-8"
        )
        service.import_ideas(source)
    elif kind == "merge":
        merge(main.target, [station_path])
    elif not ideas:
        return
    elif kind in ("edit", "station_edit"):
        service.update_idea(ideas[number % len(ideas)], text=value)
    elif kind == "withdraw":
        service.update_idea(ideas[number % len(ideas)], withdrawn_reason=value)
    elif kind == "move":
        move(service, ideas[number % len(ideas)], opds[number % len(opds)])


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(STEP, min_size=1, max_size=12))
def test_stored_marks_equal_classifying_from_scratch(files, tmp_path, steps):
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    main_path, station_path = folder / "utama.labinovasi", folder / "stasiun.labinovasi"
    shutil.copy2(files[0], main_path)
    shutil.copy2(files[1], station_path)
    with WorkshopService.open(main_path) as main, WorkshopService.open(station_path) as station:
        for step in steps:
            apply(step, main, station, folder, station_path)
        for service in (main, station):
            assert stored_marks(service) == marks_from_scratch(service)
            # And what the services hand out agrees with the domain's tally.
            for status in service.status().opds:
                ideas = [v.idea for v in service.list_ideas(status.opd.id)]
                assert status.tally == tally_ideas(ideas)


def test_withdrawing_the_original_lets_the_next_equal_idea_count(service):
    opd = service.add_opd("Dinas Kesehatan", "DINKES")
    first = service.add_idea(opd.id, "Antrean daring")
    second = service.add_idea(opd.id, "ANTREAN DARING!")
    assert second.duplicate_of == first.idea.id and second.duplicate_of_number == 1
    service.update_idea(first.idea.id, withdrawn_reason="Sudah berjalan")
    again = service.idea_view(second.idea.id)
    assert again.counted and again.duplicate_of is None and again.number == 2
    assert service.opd_status(opd.id).tally.counted == 1
    assert service.opd_status(opd.id).tally.withdrawn == 1


def test_adding_an_idea_older_than_an_equal_one_re_marks_the_group(service):
    """Another machine's clock ahead: an equal idea merged in is stamped after the one added
    now; the new idea is the older, so it counts and the later one becomes its duplicate."""
    opd = service.add_opd("Dinas Kesehatan", "DINKES")
    service.add_idea(opd.id, "Data terpadu")
    with service._write() as session:
        later = IdeaRow(
            opd_id=opd.id,
            text="Antrean daring",
            created_at=datetime.now(UTC).replace(tzinfo=None) + timedelta(hours=1),
        )
        session.add(later)
        session.flush()
        idea_marks.refresh(session, [later.id])
    added = service.add_idea(opd.id, "ANTREAN DARING!")
    assert added.counted and added.number == 2 and added == service.idea_view(added.idea.id)
    moved = service.idea_view(later.id)
    assert moved.duplicate_of == added.idea.id and moved.number == 3
    assert moved.duplicate_of_number == 2
    assert stored_marks(service) == marks_from_scratch(service)
    assert service.opd_status(opd.id).tally.counted == 2
