"""The method on screen: the guide's texts (resources/guide/panduan.json), shared by the
station's step explanations and the facilitator's Bantuan → Panduan fasilitator."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from labinovasi.resources import get_asset


@dataclass(frozen=True)
class GuideStep:
    key: str
    title: str
    minutes: int  # time box, for the projector countdown
    explain: str  # for the team, plain Bahasa Indonesia
    example: str  # one worked example
    facilitator: str  # what the facilitator says and does


@dataclass(frozen=True)
class AgendaDay:
    day: str
    title: str
    items: tuple[str, ...]


@cache
def _data() -> dict:
    return json.loads(get_asset("guide", "panduan.json").read_text(encoding="utf-8"))


def guide_steps() -> tuple[GuideStep, ...]:
    return tuple(GuideStep(**s) for s in _data()["steps"])


def guide_step(key: str) -> GuideStep:
    return next(s for s in guide_steps() if s.key == key)


def agenda() -> tuple[AgendaDay, ...]:
    return tuple(AgendaDay(d["day"], d["title"], tuple(d["items"])) for d in _data()["agenda"])


def time_boxes() -> dict[str, int]:
    """Minutes per step: what the projector's countdown can start with."""
    return {s.key: s.minutes for s in guide_steps()}
