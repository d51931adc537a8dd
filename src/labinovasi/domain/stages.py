"""The five stages of LAN's 5D method."""

from __future__ import annotations

from enum import StrEnum

from labinovasi.i18n import _


class Stage(StrEnum):
    DRUM_UP = "drum-up"
    DIAGNOSE = "diagnose"
    DESIGN = "design"
    DELIVER = "deliver"
    DISPLAY = "display"

    # The 0-based position among the five; shadowing str.index is deliberate (Stage is a
    # StrEnum, and no caller searches a stage's text).
    @property
    def index(self) -> int:  # type: ignore[override]
        return list(Stage).index(self)

    @property
    def label(self) -> str:
        return {
            Stage.DRUM_UP: _("Drum-up"),
            Stage.DIAGNOSE: _("Diagnose"),
            Stage.DESIGN: _("Design"),
            Stage.DELIVER: _("Deliver"),
            Stage.DISPLAY: _("Display"),
        }[self]

    @classmethod
    def parse(cls, value: str) -> Stage:
        key = value.strip().lower().replace("_", "-").replace(" ", "-")
        if key == "drumup":
            key = "drum-up"
        return cls(key)


# The workshop itself covers the first three; deliver and display are tracked afterwards.
WORKSHOP_STAGES = (Stage.DRUM_UP, Stage.DIAGNOSE, Stage.DESIGN)
