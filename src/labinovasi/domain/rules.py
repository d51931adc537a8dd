"""The workshop's rules: which ideas count, the minimum, and stage gating. One place for each."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from labinovasi.domain.delivery import reached_trial
from labinovasi.domain.entities import Idea, Opd
from labinovasi.domain.errors import BadInput, RuleRefused
from labinovasi.domain.innovations import Innovation, design_refusal
from labinovasi.domain.limits import (
    MAX_IDEA_LENGTH,
    MIN_IDEAS_LIMITS,
    USG_LIMITS,
    VOTES_LIMITS,
)
from labinovasi.domain.lists import closest_texts
from labinovasi.domain.stages import Stage

# check_text and clean_text live in domain/text.py; imported from here by older callers.
from labinovasi.domain.text import check_text as check_text
from labinovasi.domain.text import clean_text as clean_text
from labinovasi.i18n import _


def check_min_ideas(value: object) -> int:
    """The workshop's minimum, or BadInput when it is not a whole number within the limits."""
    low, high = MIN_IDEAS_LIMITS
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise BadInput(
            _("Minimal gagasan harus bilangan {low} sampai {high}.").format(low=low, high=high)
        )
    return value


def check_usg(value: object) -> int | None:
    """One USG score (None: not scored yet), or BadInput when it is outside the limits."""
    if value is None:
        return None
    low, high = USG_LIMITS
    try:
        number = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        number = low - 1
    if isinstance(value, bool) or not low <= number <= high:
        raise BadInput(_("Nilai USG harus {low} sampai {high}.").format(low=low, high=high))
    return number


def check_votes(value: object) -> int:
    """An idea's vote count (what the facilitator enters beside the dots), or BadInput when
    it is not a whole number within VOTES_LIMITS."""
    low, high = VOTES_LIMITS
    if isinstance(value, bool) or not isinstance(value, int | str):
        number = low - 1
    else:
        try:
            number = int(value)
        except ValueError:
            number = low - 1
    if not low <= number <= high:
        raise BadInput(
            _("Jumlah suara harus bilangan {low} sampai {high}.").format(low=low, high=high)
        )
    return number


_SPACES = re.compile(r"\s+")


def check_idea_text(text: str | None) -> str:
    """An idea's text as stored, or BadInput when it is blank or longer than the limit."""
    text = clean_text(text)
    if not text:
        raise BadInput(_("Gagasan kosong tidak disimpan. Tulis gagasannya dulu."))
    if len(text) > MAX_IDEA_LENGTH:
        raise BadInput(
            _("Gagasan terlalu panjang (lebih dari {n} karakter).").format(n=MAX_IDEA_LENGTH)
        )
    return text


class HasText(Protocol):
    id: str
    text: str
    # Optional: `withdrawn_reason` (non-empty = withdrawn by the facilitator).


class _PunctuationToSpace(dict):
    """A str.translate table turning every Unicode punctuation character (category P*) into a
    space; filled as characters are met, so each is looked up in unicodedata once."""

    def __missing__(self, codepoint: int) -> str:
        char = chr(codepoint)
        self[codepoint] = " " if unicodedata.category(char).startswith("P") else char
        return self[codepoint]


_PUNCTUATION_TO_SPACE = _PunctuationToSpace()


@lru_cache(maxsize=65536)  # every add re-marks its OPD's ideas: thousands of the same texts
def normalize_idea_text(text: str) -> str:
    """The form two ideas are compared in: NFKC, casefolded, punctuation gone, spaces collapsed."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_PUNCTUATION_TO_SPACE)
    return _SPACES.sub(" ", text).strip()


@dataclass(frozen=True)
class CountedIdea:
    idea_id: str
    counted: bool
    blank: bool = False
    duplicate_of: str | None = None
    withdrawn: bool = False


def classify_ideas(
    ideas: Iterable[HasText], same: Iterable[tuple[str, str]] = ()
) -> list[CountedIdea]:
    """Mark each idea of one OPD, in the order given (oldest first): the first of equal ideas
    counts, later ones are duplicates of it; blank and withdrawn ideas never count, and a
    withdrawn idea is nobody's original (the next equal idea counts in its place).

    `same`: pairs of idea ids the facilitator confirmed mean the same ("Gagasan mirip"): their
    texts are then equal ideas too, so the later one (and any exact repeat of either) is a
    duplicate of the first, by this very rule. Pairs naming an idea not given are ignored."""
    listed = list(ideas)
    keys = [normalize_idea_text(idea.text) for idea in listed]
    pairs = list(same)
    canonical = _joined_keys(listed, keys, pairs) if pairs else {}
    first_by_key: dict[str, str] = {}
    result = []
    for idea, key in zip(listed, keys, strict=True):
        if getattr(idea, "withdrawn_reason", ""):
            result.append(CountedIdea(idea.id, counted=False, withdrawn=True))
            continue
        if not key:
            result.append(CountedIdea(idea.id, counted=False, blank=True))
            continue
        key = canonical.get(key, key)
        if key in first_by_key:
            result.append(CountedIdea(idea.id, counted=False, duplicate_of=first_by_key[key]))
        else:
            first_by_key[key] = idea.id
            result.append(CountedIdea(idea.id, counted=True))
    return result


def _joined_keys(
    ideas: Sequence[HasText], keys: Sequence[str], same: Iterable[tuple[str, str]]
) -> dict[str, str]:
    """Each key joined by a confirmed pair -> one key standing for its whole set (union-find
    over the pairs' keys); keys of no pair are left out."""
    key_of = {idea.id: key for idea, key in zip(ideas, keys, strict=True) if key}
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        parent.setdefault(key, key)
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for a, b in same:
        if a in key_of and b in key_of:
            root_a, root_b = find(key_of[a]), find(key_of[b])
            if root_a != root_b:
                parent[max(root_a, root_b)] = min(root_a, root_b)
    return {key: find(key) for key in parent}


@dataclass(frozen=True)
class IdeaTally:
    stored: int
    counted: int
    duplicates: int
    blank: int
    withdrawn: int = 0

    def meets(self, minimum: int) -> bool:
        return self.counted >= minimum

    def missing(self, minimum: int) -> int:
        return max(0, minimum - self.counted)


def tally_ideas(ideas: Sequence[HasText], same: Iterable[tuple[str, str]] = ()) -> IdeaTally:
    marks = classify_ideas(ideas, same)
    return IdeaTally(
        stored=len(marks),
        counted=sum(m.counted for m in marks),
        duplicates=sum(m.duplicate_of is not None for m in marks),
        blank=sum(m.blank for m in marks),
        withdrawn=sum(m.withdrawn for m in marks),
    )


# An idea added and then undone (Sunting → Batalkan) is kept, withdrawn with this reason, so
# that redo and station merges find it; on paper it never happened. Files written before the
# rule hold the reason in the language of the app that undid it.
UNDONE_ADDITION = "penambahan dibatalkan"
_UNDONE_ADDITION_REASONS = frozenset({UNDONE_ADDITION, "adding undone"})


def undone_addition(idea: Idea) -> bool:
    """Whether the idea is an addition undone, not a withdrawal the facilitator decided."""
    return idea.withdrawn_reason.strip().casefold() in _UNDONE_ADDITION_REASONS


def withdrawn_on_paper(idea: Idea) -> bool:
    """Whether a paper lists the idea as "ditarik oleh fasilitator": a real withdrawal, never
    an undone addition (which leaves no trace on paper)."""
    return idea.withdrawn and not undone_addition(idea)


def tally_without(tally: IdeaTally, undone: int) -> IdeaTally:
    """A tally as paper shows it: `undone` undone additions neither stored nor withdrawn."""
    return IdeaTally(
        stored=tally.stored - undone,
        counted=tally.counted,
        duplicates=tally.duplicates,
        blank=tally.blank,
        withdrawn=tally.withdrawn - undone,
    )


def progress_text(counted: int, minimum: int) -> str:
    """What the UI always shows: "3 dari 5"."""
    return _("{counted} dari {minimum}").format(counted=counted, minimum=minimum)


def vote_total(entered: int, dots: int) -> int:
    """An idea's votes ("Suara"), the same on every screen and paper: the count the
    facilitator entered plus the dots the participants placed."""
    return max(0, entered or 0) + max(0, dots or 0)


def vote_text(entered: int, dots: int) -> str:
    """The total with its parts apart when both exist: '5 (3 titik, 2 dicatat fasilitator)'."""
    total = vote_total(entered, dots)
    if entered and dots:
        return _("{total} ({dots} titik, {entered} dicatat fasilitator)").format(
            total=total, dots=dots, entered=entered
        )
    return str(total)


def shortfall_text(opd: Opd, counted: int, minimum: int) -> str:
    """E.g. "Dinas Kesehatan (DINKES): 3 dari 5 gagasan — perlu 2 lagi"."""
    return _("{opd}: {counted} dari {minimum} gagasan — perlu {missing} lagi").format(
        opd=opd.display_name, counted=counted, minimum=minimum, missing=max(0, minimum - counted)
    )


@dataclass(frozen=True)
class StageDecision:
    allowed: bool
    message: str = ""
    overridden: bool = False


def _gate(
    opd: Opd,
    step_to: Stage,
    ideas: Sequence[Idea],
    innovations: Sequence[Innovation],
    minimum: int,
    tahapan: Sequence[str],
    same: Iterable[tuple[str, str]] = (),
) -> str | None:
    """Why the OPD may not enter `step_to` from the stage before it; None when it may."""
    if step_to is Stage.DIAGNOSE:
        tally = tally_ideas(ideas, same)
        if not tally.meets(minimum):
            return shortfall_text(opd, tally.counted, minimum)
    elif step_to is Stage.DESIGN:
        if not any(i.chosen and i.problem.strip() for i in ideas):
            return _("{opd}: belum ada gagasan terpilih dengan masalah yang diisi").format(
                opd=opd.display_name
            )
    elif step_to is Stage.DELIVER:
        refusal = design_refusal(list(innovations))
        if refusal:
            return _("{opd}: {reason}").format(opd=opd.display_name, reason=refusal)
    elif step_to is Stage.DISPLAY:
        if not reached_trial(tahapan):
            return _("{opd}: belum ada inovasi pada tahapan uji coba atau penerapan").format(
                opd=opd.display_name
            )
    return None


def check_stage_move(
    opd: Opd,
    target: Stage,
    ideas: Sequence[Idea],
    innovations: Sequence[Innovation],
    minimum: int,
    override_reason: str | None = None,
    tahapan: Sequence[str] | None = None,
    same: Iterable[tuple[str, str]] = (),
) -> StageDecision:
    """Decide a stage move. Back is always allowed; forward passes every gate on the way.
    A refused move goes through with a facilitator's written reason, marked as overridden.
    `innovations`: the OPD's innovations (leaving design needs at least one of the lab's and
    every lab innovation complete: domain.innovations.design_refusal); `tahapan`: their
    tahapan, read from them when not given (Display needs one at uji coba or later);
    `same`: the OPD's ideas confirmed to mean the same (classify_ideas)."""
    if tahapan is None:
        tahapan = [i.stage for i in innovations]
    if override_reason is not None and not override_reason.strip():
        raise BadInput(_("Alasan pengecualian wajib diisi."))
    if target.index <= opd.stage.index:
        return StageDecision(allowed=True)
    refusals = [
        reason
        for step in list(Stage)[opd.stage.index + 1 : target.index + 1]
        if (reason := _gate(opd, step, ideas, innovations, minimum, tahapan, same))
    ]
    if not refusals:
        return StageDecision(allowed=True)
    message = "; ".join(refusals)
    if override_reason:
        return StageDecision(allowed=True, message=message, overridden=True)
    return StageDecision(allowed=False, message=message)


# Words an office name keeps in capitals or in lower case when an all-capitals or all-lower
# list is tidied ("DINAS SOSIAL" -> "Dinas Sosial", "RSUD" stays).
_OPD_SMALL_WORDS = frozenset({"dan", "atau", "di", "ke", "dari", "serta", "untuk", "yang", "pada"})
_OPD_ACRONYMS = frozenset(
    {
        "RSUD", "DPRD", "BPBD", "BPKAD", "BPKPD", "BAPPEDA", "BAPPEDALITBANG", "UPT", "UPTD",
        "KB", "P3A", "PPPA", "PMD", "PU", "PUPR", "PTSP", "UMKM", "UKM", "KUKM", "ASN", "SDM",
        "RI", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "SMP", "SMA", "SD",
    }
)  # fmt: skip
_OPD_TAIL_ABBREVIATION = re.compile(r"^(?P<name>.*?)\s*\((?P<abbr>[^()]+)\)\s*$")


def split_opd_abbreviation(name: str) -> tuple[str, str]:
    """ "Dinas Sosial (dinsos)" -> ("Dinas Sosial", "DINSOS"); a name without one is kept."""
    name = clean_text(name)
    found = _OPD_TAIL_ABBREVIATION.match(name)
    if found and found.group("name"):
        return found.group("name"), clean_text(found.group("abbr")).upper()
    return name, ""


def tidy_opd_name(name: str, abbreviation: str = "") -> tuple[str, str]:
    """An OPD's name and singkatan as papers should print them: a name typed all in capitals or
    all in lower case gets title case (acronyms such as RSUD and linking words such as "dan"
    kept), and a singkatan in brackets at the end of the name becomes the singkatan (upper
    case) when none is given. A name already in mixed case is left as typed."""
    name, abbreviation = clean_text(name), clean_text(abbreviation)
    name, in_brackets = split_opd_abbreviation(name)
    abbreviation = abbreviation or in_brackets
    if name.isupper() or name.islower():
        words = []
        for i, word in enumerate(name.split(" ")):
            upper = word.upper()
            if upper in _OPD_ACRONYMS or any(c.isdigit() for c in word):
                words.append(upper)
            elif i and word.lower() in _OPD_SMALL_WORDS:
                words.append(word.lower())
            else:
                words.append(
                    "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))
                )
        name = " ".join(words)
    if abbreviation.islower():
        abbreviation = abbreviation.upper()
    return name, abbreviation


# OPD names share "Dinas … dan …": below this, "Dinas Kesehatn" would also suggest "Dinas
# Perhubungan" (0.65) beside "Dinas Kesehatan" (0.97).
OPD_SIMILARITY_CUTOFF = 0.68


def closest_opds(key: str, opds: Iterable[Opd], limit: int = 3) -> list[Opd]:
    """The workshop's OPDs nearest to an unknown name or singkatan `key`, best first (for
    "mungkin maksudnya"), measured as list entries are (domain.lists.closest_texts)."""
    by_text: dict[str, list[Opd]] = {}
    for opd in opds:
        for text in (opd.name, opd.abbreviation):
            if text:
                by_text.setdefault(text, []).append(opd)
    found: list[Opd] = []
    for text in closest_texts(key, by_text, OPD_SIMILARITY_CUTOFF):
        for opd in by_text[text]:
            if opd not in found:
                found.append(opd)
    return found[:limit]


def voter_key(name: str) -> str:
    """Who placed dots, compared case- and space-insensitively ("bidan  rina" is "Bidan Rina")."""
    return " ".join(clean_text(name).split()).casefold()


def check_choosable(idea: Idea) -> None:
    """Only an assessed idea is chosen for design: it passes APKL and has its USG scores.
    Refused otherwise (RuleRefused), naming what is missing."""
    missing = []
    if not idea.passes_apkl:
        missing.append(_("lolos APKL"))
    if idea.usg_total is None:
        missing.append(_("nilai USG lengkap"))
    if missing:
        raise RuleRefused(
            _("Gagasan belum dapat dipilih untuk dirancang: belum {missing}.").format(
                missing=_(" dan ").join(missing)
            )
        )


def check_move_request(scored: int, apkl_passed: int, chosen: int) -> None:
    """A team in diagnose asks to move on only once it has diagnosed something: an idea
    scored with USG, passed APKL or chosen. Refused (RuleRefused) otherwise."""
    if not (scored or apkl_passed or chosen):
        raise RuleRefused(
            _("Belum ada gagasan yang didiagnosis: nilai APKL dan USG dulu, lalu minta lanjut.")
        )


def apkl_assessed(idea: Idea) -> bool:
    """Whether anybody has assessed the idea's APKL (a tick on any criterion): an idea with
    no tick is "belum dinilai", never "tidak lolos APKL"."""
    return any(
        getattr(idea, f"apkl_{c}") for c in ("aktual", "problematik", "kekhalayakan", "layak")
    )


def suggest_opd_abbreviation(name: str) -> str:
    """A singkatan for an OPD list that has none: the one in brackets at the end of the name,
    else the initials of its words ("Dinas Kesehatan" -> "DK"), linking words left out. The
    facilitator corrects it later in Daftar OPD."""
    name, abbreviation = split_opd_abbreviation(name)
    if abbreviation:
        return abbreviation
    words = [w for w in clean_text(name).split() if w.casefold() not in _OPD_SMALL_WORDS]
    return "".join(w if w.upper() in _OPD_ACRONYMS else w[:1] for w in words).upper()
