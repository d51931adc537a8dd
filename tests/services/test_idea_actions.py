"""Withdrawing, restoring and moving an idea: kept, never counted while withdrawn, recorded."""

from __future__ import annotations

import pytest

from labinovasi.domain import BadInput
from labinovasi.services.idea_actions import move_idea, moves_of, restore_idea, withdraw_idea


def test_withdraw_requires_a_reason_and_stops_counting(sample_service):
    service = sample_service
    dinkes = service.find_opd("DISDIK")
    before = service.opd_status(dinkes.id).tally.counted
    assert before == service.opd_status(dinkes.id).tally.stored  # no duplicates to step in
    idea = service.list_ideas(dinkes.id)[0].idea
    with pytest.raises(BadInput):
        withdraw_idea(service, idea.id, "   ")
    assert not service.get_idea(idea.id).withdrawn
    view = withdraw_idea(service, idea.id, "gagasan bercanda")
    assert view.idea.withdrawn_reason == "gagasan bercanda" and not view.counted
    assert service.opd_status(dinkes.id).tally.counted == before - 1
    assert len(service.list_ideas(dinkes.id)) == before  # kept
    restore_idea(service, idea.id)
    assert service.opd_status(dinkes.id).tally.counted == before


def test_move_to_another_opd_is_recorded(sample_service):
    service = sample_service
    dinkes, dinsos = service.find_opd("DINKES"), service.find_opd("DINSOS")
    idea = service.list_ideas(dinkes.id)[-1].idea
    view = move_idea(service, idea.id, dinsos.id)
    assert view.idea.opd_id == dinsos.id
    assert idea.id in [v.idea.id for v in service.list_ideas(dinsos.id)]
    assert moves_of(service, idea.id) == [dinkes.id]
    with pytest.raises(BadInput):
        move_idea(service, idea.id, dinsos.id)


def test_workshop_status_leaves_withdrawn_ideas_out(sample_service):
    service = sample_service
    disdik = service.find_opd("DISDIK")
    board = {s.opd.id: s for s in service.status().opds}[disdik.id].tally.counted
    withdraw_idea(service, service.list_ideas(disdik.id)[0].idea.id, "bercanda")
    assert {s.opd.id: s for s in service.status().opds}[disdik.id].tally.counted == board - 1
