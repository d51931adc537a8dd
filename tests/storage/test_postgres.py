"""A workshop on a PostgreSQL server: the same schema, the same commands, many stations at once.

The suite starts its own server (tests/pg_server.py); without one these tests are skipped, and
under CI they fail. They are marked `slow`: `pytest -m "not slow"` leaves them out locally.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import pg_server
from labinovasi.cli import main
from labinovasi.domain import BadInput, CannotOpen, Stage
from labinovasi.services import WorkshopService
from labinovasi.services.export import workshop_to_json
from labinovasi.services.sample import build_sample_workshop
from labinovasi.services.sync import copy_workshop, make_station_copy, merge

pytestmark = pytest.mark.slow  # starts a PostgreSQL server: CI runs these, a developer may not

ADD_IDEAS = """
import sys
from labinovasi.services import WorkshopService
url, opd_id, count, tag = sys.argv[1:]
with WorkshopService.open(url) as service:
    for i in range(int(count)):
        # Every tenth text is the same on every station: stored, marked duplicate, not counted.
        text = f"Gagasan bersama {i}" if i % 10 == 0 else f"{tag}: gagasan {i}"
        service.add_idea(opd_id, text, station_id=tag)
"""

EDIT_IDEA = """
import sys
from labinovasi.services import WorkshopService
url, idea_id, count, tag = sys.argv[1:]
with WorkshopService.open(url) as service:
    for i in range(int(count)):
        service.update_idea(idea_id, text=f"{tag} versi {i}")
"""


@pytest.fixture
def pg_url() -> str:
    return pg_server.server().new_database()


def run_workers(script: str, url: str, key: str, count: int, workers: int) -> None:
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", script, url, key, str(count), f"stasiun-{n}"],
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(workers)
    ]
    errors = [p.communicate(timeout=300)[1] for p in processes]
    assert [p.returncode for p in processes] == [0] * workers, errors


def test_same_migrations_create_the_schema_on_a_server(pg_url):
    with WorkshopService.create(pg_url, "Lab Inovasi 2026", region="Kabupaten Contoh") as service:
        opd = service.add_opd("Dinas Kesehatan", "DINKES")
        for n in range(5):
            service.add_idea(opd.id, f"Gagasan {n}")
        service.add_idea(opd.id, "gagasan 0!")
        service.move_stage(opd.id, Stage.DIAGNOSE)
    with WorkshopService.open(pg_url) as service:
        status = service.status()
        assert (status.ideas, status.counted_ideas, status.duplicates) == (6, 5, 1)
        assert service.find_opd("dinkes").stage == Stage.DIAGNOSE
    with pytest.raises(CannotOpen):
        WorkshopService.create(pg_url, "Lagi")


def test_an_empty_or_unreachable_server_is_refused(pg_url, capsys):
    with pytest.raises(CannotOpen, match="belum berisi lokakarya"):
        WorkshopService.open(pg_url)
    assert main(["status", "--db", pg_url]) == 5
    unreachable = pg_url.rsplit(":", 1)[0] + ":1/tidak_ada"
    assert main(["status", "--db", unreachable]) == 5
    assert main(["status", "--db", "bukan-driver://x/y"]) == 5
    assert "Traceback" not in capsys.readouterr().err


def test_cli_commands_take_a_server_url(pg_url, capsys):
    plain = pg_url.replace("postgresql+psycopg://", "postgresql://")
    assert main(["new", "--db", plain, "--title", "Lab Server"]) == 0
    assert (
        main(["opd", "add", "--db", pg_url, "--name", "Dinas Pertanian", "--abbr", "DISTAN"]) == 0
    )
    assert main(["idea", "add", "--db", pg_url, "--opd", "DISTAN", "--text", "Pupuk"]) == 0
    capsys.readouterr()
    assert main(["status", "--db", pg_url, "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["workshop"]["title"] == "Lab Server"
    assert status["totals"]["ideas"] == 1


def without_volatile(data: dict) -> dict:
    """The export as it must survive a copy: every field, ids and times included."""
    return json.loads(json.dumps(data, sort_keys=True))


def test_file_to_server_to_file_round_trip(pg_url, tmp_path):
    sample = build_sample_workshop(tmp_path / "contoh.labinovasi")
    copy_workshop(sample, pg_url)
    back = tmp_path / "kembali.labinovasi"
    assert main(["copy", pg_url, str(back)]) == 0
    exports = []
    for target in (sample, pg_url, back):
        with WorkshopService.open(target) as service:
            exports.append(without_volatile(workshop_to_json(service)))
    assert exports[0] == exports[1] == exports[2]
    assert exports[0]["status"]["totals"]["ideas"] == 57
    # A server that already holds a workshop is not overwritten.
    with pytest.raises(BadInput):
        copy_workshop(sample, pg_url)
    assert main(["copy", str(sample), pg_url]) == 4


def test_station_copies_of_a_server_workshop_merge_back(pg_url, tmp_path):
    with WorkshopService.create(pg_url, "Lab Server") as service:
        opd = service.add_opd("Dinas Kesehatan", "DINKES")
    copy = tmp_path / "stasiun1.labinovasi"
    make_station_copy(pg_url, copy, "Stasiun 1")
    with WorkshopService.open(copy) as service:
        service.add_idea(opd.id, "Dari laptop tanpa jaringan")
    report = merge(pg_url, [copy])
    assert report.added["ideas"] == 1
    assert not merge(pg_url, [copy]).changed
    with WorkshopService.open(pg_url) as service:
        assert [v.idea.text for v in service.list_ideas()] == ["Dari laptop tanpa jaringan"]


def test_eight_stations_typing_into_one_opd_lose_nothing(pg_url):
    with WorkshopService.create(pg_url, "Lab Server") as service:
        opd = service.add_opd("Dinas Kesehatan", "DINKES")
    run_workers(ADD_IDEAS, pg_url, opd.id, 200, workers=8)
    with WorkshopService.open(pg_url) as service:
        status = service.opd_status(opd.id)
        ideas = service.list_ideas(opd.id)
    assert len({v.idea.id for v in ideas}) == status.tally.stored == 1600
    # 20 shared texts counted once each, plus 180 own texts per station.
    assert status.tally.counted == 20 + 8 * 180
    assert status.tally.duplicates == 7 * 20
    assert sum(v.idea.text.startswith("stasiun-3:") for v in ideas) == 180


def test_concurrent_edits_of_one_idea_keep_every_text(pg_url):
    with WorkshopService.create(pg_url, "Lab Server") as service:
        opd = service.add_opd("Dinas Kesehatan", "DINKES")
        idea = service.add_idea(opd.id, "Teks awal").idea
    run_workers(EDIT_IDEA, pg_url, idea.id, 25, workers=4)
    with WorkshopService.open(pg_url) as service:
        final = service.get_idea(idea.id).text
        history = service.idea_history(idea.id)
    written = {f"stasiun-{n} versi {i}" for n in range(4) for i in range(25)}
    # Each edit replaced exactly the text before it: no replaced text is missing or repeated.
    assert len(history) == 100
    assert set(history) | {final} == written | {"Teks awal"}


@pytest.mark.parametrize(
    ("ci", "outcome"), [("true", pytest.fail.Exception), ("", pytest.skip.Exception)]
)
def test_a_server_that_cannot_start_fails_under_ci_and_skips_elsewhere(monkeypatch, ci, outcome):
    monkeypatch.setattr(pg_server, "_server", None)
    monkeypatch.setattr(pg_server, "_failure", None)
    monkeypatch.setattr(pg_server, "_bin_dir", lambda: None)
    monkeypatch.setenv("CI", ci)
    with pytest.raises(outcome, match="could not start"):
        pg_server.server()


def test_an_add_waits_for_another_laptops_add_to_the_same_opd(pg_url):
    # Two laptops add the same idea at the same moment: the second waits for the first to
    # commit (the OPD row is locked while an idea is marked), then sees it and is a duplicate.
    # Without the lock both read an empty group and both were counted.
    import threading

    with WorkshopService.create(pg_url, "Lab Server") as service:
        opd = service.add_opd("Dinas Kesehatan", "DINKES")
    with WorkshopService.open(pg_url) as first, WorkshopService.open(pg_url) as second:
        conn = first.engine.connect()
        transaction = conn.begin()
        from labinovasi.services.workshop_service import _OPD_STATION
        from labinovasi.storage import idea_marks

        conn.execute(_OPD_STATION, {"opd_id": opd.id})  # the first laptop is marking an idea
        typed_first = first._stamp()
        done = []
        waiting = threading.Thread(
            target=lambda: done.append(second.add_idea(opd.id, "Antrean daring puskesmas"))
        )
        waiting.start()
        waiting.join(1.0)
        assert waiting.is_alive() and not done  # it waits for the first laptop's commit
        idea_marks.insert_marked(
            conn,
            {
                "id": "pertama",
                "opd_id": opd.id,
                "text": "Antrean daring puskesmas",
                "author": "",
                "problem": "",
                "created_at": typed_first,
                "station_id": None,
            },
        )
        transaction.commit()
        conn.close()
        waiting.join(10)
        assert done and done[0].duplicate_of == "pertama"
        status = second.opd_status(opd.id)
    assert (status.tally.counted, status.tally.duplicates) == (1, 1)


SAME_IDEA = """
import sys
from labinovasi.services import WorkshopService
url, opd_id, count, tag = sys.argv[1:]
with WorkshopService.open(url) as service:
    for i in range(int(count)):
        service.add_idea(opd_id, f"Gagasan yang sama {i}", station_id=tag)
"""


def test_stations_typing_the_same_ideas_at_once_count_each_once(pg_url):
    # Every station types the same texts in the same order, so each new group is raced for:
    # an add must see the ideas committed before it (the OPD row is locked while an idea is
    # marked), or two of one group are both counted.
    with WorkshopService.create(pg_url, "Lab Server") as service:
        opd = service.add_opd("Dinas Kesehatan", "DINKES")
    run_workers(SAME_IDEA, pg_url, opd.id, 120, workers=8)
    with WorkshopService.open(pg_url) as service:
        status = service.opd_status(opd.id)
    assert status.tally.stored == 960
    assert status.tally.counted == 120 and status.tally.duplicates == 840


def test_an_open_at_the_newest_schema_asks_one_query_and_runs_no_alembic(pg_url, monkeypatch):
    """48 stations opening one lab each ran Alembic's upgrade: 29 s (p50) against 2.9 s on a
    file. At the newest schema an open reads the revision in one query and is done."""
    from sqlalchemy import event

    from labinovasi.storage import connection

    with WorkshopService.create(pg_url, "Lab Inovasi"):
        pass

    def no_alembic(*_args, **_kwargs):
        raise AssertionError("Alembic ran at an open of a current schema")

    statements: list[str] = []
    make_engine = connection._make_engine

    def counting_engine(target):
        engine = make_engine(target)
        event.listen(engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
        return engine

    with monkeypatch.context() as patch:
        patch.setattr(connection, "_upgrade", no_alembic)
        patch.setattr(connection, "_check_server_schema", no_alembic)
        patch.setattr(connection, "_make_engine", counting_engine)
        connection.open_database(pg_url, check_rows=False).dispose()
    assert [s for s in statements if "alembic_version" in s] == [
        "SELECT version_num FROM alembic_version"
    ]
    assert len(statements) <= 2  # the revision (and the driver's own first query)
    statements.clear()
    with monkeypatch.context() as patch:
        patch.setattr(connection, "_upgrade", no_alembic)
        patch.setattr(connection, "_make_engine", counting_engine)
        WorkshopService.open(pg_url).close()
    # The revision, every table's columns at once, the rows every screen relies on: a few
    # statements, not one per table (28 tables).
    assert len(statements) <= 8, statements
    # A server behind the newest schema is upgraded.
    from alembic import command

    engine = connection._make_engine(pg_url)
    config = connection._alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "-1")
    assert connection.server_revision(engine) != connection.known_head()
    engine.dispose()
    with WorkshopService.open(pg_url) as service:
        assert service.workshop().title == "Lab Inovasi"
    engine = connection._make_engine(pg_url)
    assert connection.server_revision(engine) == connection.known_head()
    engine.dispose()
