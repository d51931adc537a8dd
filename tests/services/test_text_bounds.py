"""Free text the app stores is bounded by one rule (domain.rules.check_text, MAX_TEXT_LENGTH),
the same the merge applies to station copies: an over-long value is refused with a clear
message and nothing is written."""

from __future__ import annotations

import pytest

from labinovasi.domain import BadInput
from labinovasi.domain.limits import MAX_TEXT_LENGTH
from labinovasi.services import jury, papers
from labinovasi.services.export import workshop_to_json
from labinovasi.services.idea_actions import withdraw_idea
from labinovasi.services.team_work import TeamWork

TOO_LONG = "x" * (MAX_TEXT_LENGTH + 1)


def _juror(service):
    jury.add_juror(service, TOO_LONG)


def _person(service):
    papers.set_person(service, "juri", "Prof. Ani", position=TOO_LONG)


def _letterhead(service):
    papers.set_letterhead(service, agency=TOO_LONG)


def _withdraw(service):
    idea = service.list_ideas(service.find_opd("DINKES").id)[0]
    withdraw_idea(service, idea.idea.id, TOO_LONG)


def _dots(service):
    idea = service.list_ideas(service.find_opd("DINKES").id)[0]
    TeamWork(service).set_dots(idea.idea.id, TOO_LONG, 1)


def snapshot(service) -> tuple:
    dinkes = service.find_opd("DINKES").id
    return (
        workshop_to_json(service),
        jury.jurors(service),
        papers.people(service),
        papers.letterhead(service),
        TeamWork(service).participants(dinkes),
    )


def _opd(service):
    service.add_opd(TOO_LONG, "PANJANG")


def _idea_problem(service):
    service.add_idea(service.find_opd("DINKES").id, "Gagasan baru", problem=TOO_LONG)


def _workshop_place(service):
    service.update_workshop(place=TOO_LONG)


@pytest.mark.parametrize(
    "action",
    [_juror, _person, _letterhead, _withdraw, _dots, _opd, _idea_problem, _workshop_place],
)
def test_over_long_text_is_refused_and_nothing_written(sample_service, action):
    before = snapshot(sample_service)
    with pytest.raises(BadInput, match="terlalu panjang"):
        action(sample_service)
    assert snapshot(sample_service) == before


def test_text_at_the_limit_is_kept_whole(sample_service):
    name = "y" * MAX_TEXT_LENGTH
    assert jury.add_juror(sample_service, name).name == name
