"""Rules and entities of the Laboratorium Inovasi, in pure Python (no Qt, no SQLAlchemy)."""

from labinovasi.domain.entities import (
    ActionItem,
    Design,
    Idea,
    Opd,
    StageChange,
    Workshop,
)
from labinovasi.domain.errors import (
    BadInput,
    CannotOpen,
    LabinovasiError,
    RuleRefused,
)
from labinovasi.domain.rules import (
    DEFAULT_MIN_IDEAS,
    CountedIdea,
    IdeaTally,
    StageDecision,
    check_stage_move,
    classify_ideas,
    normalize_idea_text,
    progress_text,
    shortfall_text,
    tally_ideas,
)
from labinovasi.domain.stages import WORKSHOP_STAGES, Stage

__all__ = [
    "ActionItem", "BadInput", "CannotOpen", "CountedIdea", "DEFAULT_MIN_IDEAS", "Design", "Idea",
    "IdeaTally", "LabinovasiError", "Opd", "RuleRefused", "Stage", "StageChange", "StageDecision",
    "WORKSHOP_STAGES", "Workshop", "check_stage_move", "classify_ideas", "normalize_idea_text",
    "progress_text", "shortfall_text", "tally_ideas",
]
