"""PostgreSQL holds what the app accepts (issue 26): a budget above Rp 2.147.483.647 (a
32-bit column refused it, and a file holding one could not be copied to the server), and a
participant's dot limit with two stations writing at once (each read the other's dots as not
there yet: 60 of 60 timed trials gave 6 dots)."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import text

import pg_server
from labinovasi.domain import BadInput
from labinovasi.services import WorkshopService
from labinovasi.services.innovations import Innovations
from labinovasi.services.sync import copy_workshop
from labinovasi.services.team_work import TeamWork

pytestmark = pytest.mark.slow  # starts a PostgreSQL server

BUDGET = 12_500_000_000  # Rp 12,5 miliar: more than a 32-bit column holds


@pytest.fixture
def pg_url() -> str:
    return pg_server.server().new_database()


def test_a_budget_over_two_billion_is_saved_on_a_server(pg_url):
    with WorkshopService.create(pg_url, "Lab Server") as service:
        opd = service.add_opd("Dinas Kesehatan", "DINKES")
        item = Innovations(service).add(opd.id, "SIAP ANTRE")
        Innovations(service).set_fields(item.id, {"budget": BUDGET})
    with WorkshopService.open(pg_url) as service:
        assert Innovations(service).get(item.id).budget == BUDGET


def test_a_file_holding_such_a_budget_is_copied_to_a_server(pg_url, tmp_path):
    path = tmp_path / "lab.labinovasi"
    with WorkshopService.create(path, "Lab") as service:
        opd = service.add_opd("Dinas Kesehatan", "DINKES")
        item = Innovations(service).add(opd.id, "SIAP ANTRE")
        Innovations(service).set_fields(item.id, {"budget": BUDGET})
    copy_workshop(path, pg_url)
    with WorkshopService.open(pg_url) as service:
        assert Innovations(service).get(item.id).budget == BUDGET


def _waiting_for_a_lock(engine) -> bool:
    with engine.connect() as conn:
        return bool(
            conn.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND wait_event_type = 'Lock'"
                )
            )
        )


def test_a_participant_s_dots_hold_with_two_stations_at_once(pg_url):
    """Station 1 is in the middle of placing Sari's 3 dots on one idea (its transaction holds
    the lock every dot placement takes) when station 2 places 3 more on another idea: station
    2 waits, then counts station 1's dots and refuses. Without the lock it wrote them at once."""
    with WorkshopService.create(pg_url, "Lab Server") as service:
        opd = service.add_opd("Dinas Kesehatan", "DINKES")
        ideas = [service.add_idea(opd.id, f"Gagasan {n}").idea.id for n in range(2)]
        for idea in ideas:
            service.update_idea(
                idea,
                apkl_aktual=True,
                apkl_problematik=True,
                apkl_kekhalayakan=True,
                apkl_layak=True,
            )
    with WorkshopService.open(pg_url) as first, WorkshopService.open(pg_url) as second:
        conn = first.engine.connect()
        transaction = conn.begin()
        conn.execute(text("SELECT id FROM opd WHERE id = :id FOR UPDATE"), {"id": opd.id})
        conn.execute(
            text(
                "INSERT INTO vote (id, idea_id, participant, dots, updated_at) "
                "VALUES ('v1', :idea, 'Sari', 3, now())"
            ),
            {"idea": ideas[0]},
        )
        outcome: list[object] = []

        def place() -> None:
            try:
                TeamWork(second).set_dots(ideas[1], "Sari", 3)
                outcome.append("written")
            except BadInput as refusal:
                outcome.append(refusal)

        station = threading.Thread(target=place)
        station.start()
        deadline = time.monotonic() + 60
        while station.is_alive() and not _waiting_for_a_lock(second.engine):
            assert time.monotonic() < deadline, "station 2 neither finished nor waited"
        transaction.commit()
        conn.close()
        station.join(60)
        assert len(outcome) == 1 and isinstance(outcome[0], BadInput), outcome
        assert "paling banyak 3 titik" in outcome[0].message
        assert TeamWork(second).participant_dots(opd.id, "Sari") == {ideas[0]: 3}
