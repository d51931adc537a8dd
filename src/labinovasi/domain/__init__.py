"""Rules and entities of the Laboratorium Inovasi, in pure Python (no Qt, no SQLAlchemy)."""

from labinovasi.domain.entities import (
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
from labinovasi.domain.limits import (
    DEFAULT_MIN_IDEAS,
    MAX_IDEA_LENGTH,
    MIN_IDEAS_LIMITS,
    USG_LIMITS,
)
from labinovasi.domain.rules import (
    CountedIdea,
    IdeaTally,
    StageDecision,
    check_idea_text,
    check_min_ideas,
    check_stage_move,
    check_usg,
    check_votes,
    classify_ideas,
    clean_text,
    normalize_idea_text,
    progress_text,
    shortfall_text,
    tally_ideas,
)
from labinovasi.domain.stages import WORKSHOP_STAGES, Stage

__all__ = [
    "DEFAULT_MIN_IDEAS",
    "MAX_IDEA_LENGTH",
    "MIN_IDEAS_LIMITS",
    "USG_LIMITS",
    "WORKSHOP_STAGES",
    "BadInput",
    "CannotOpen",
    "CountedIdea",
    "Idea",
    "IdeaTally",
    "LabinovasiError",
    "Opd",
    "RuleRefused",
    "Stage",
    "StageChange",
    "StageDecision",
    "Workshop",
    "check_idea_text",
    "check_min_ideas",
    "check_stage_move",
    "check_usg",
    "check_votes",
    "classify_ideas",
    "clean_text",
    "normalize_idea_text",
    "progress_text",
    "shortfall_text",
    "tally_ideas",
]
