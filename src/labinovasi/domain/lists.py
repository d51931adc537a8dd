"""The innovation profile's choice lists (urusan, inisiator, jenis, bentuk, tahapan), read from
resources/lists/*.json: year- and law-dependent data lives in files, not code."""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from labinovasi.i18n import current_language
from labinovasi.resources import get_asset

LIST_NAMES = ("tahapan", "inisiator", "jenis", "bentuk", "urusan")


@dataclass(frozen=True)
class Choice:
    key: str
    label: str  # Bahasa Indonesia, as the national form writes it
    english: str = ""
    yandas: bool = False  # urusan wajib pelayanan dasar
    aliases: tuple[str, ...] = field(default=(), compare=False)  # the portal's and offices' names
    portal_no: int | None = None  # the national form's numbering (urusan 1-38)

    @property
    def shown(self) -> str:
        """The label in the current language."""
        return self.english if current_language() == "en" and self.english else self.label


@cache
def choices(name: str) -> tuple[Choice, ...]:
    data = json.loads(get_asset("lists", f"{name}.json").read_text(encoding="utf-8"))
    return tuple(
        Choice(
            key=item["key"],
            label=item["label"],
            english=item.get("en", ""),
            yandas=bool(item.get("yandas", False)),
            aliases=tuple(item.get("aliases", ())),
            portal_no=item.get("portal_no"),
        )
        for item in data["items"]
    )


# Spellings offices and the national portal use for the same word (KBBI's form on the right).
_SPELLINGS = {
    "ketentraman": "ketenteraman",
    "perlindungan": "pelindungan",
    "pemukiman": "permukiman",
    "olah raga": "olahraga",
    "walikota": "wali kota",
    "&": " dan ",
}


def normalise_name(value: str) -> str:
    """A list entry's name as compared: case, spacing, hyphens, punctuation (the serial comma)
    and the spelling variants above do not matter."""
    text = value.casefold().replace("-", " ").replace("/", " ")
    for variant, standard in _SPELLINGS.items():
        text = text.replace(variant, standard)
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


@cache
def _names(name: str) -> dict[str, Choice]:
    """Every accepted name of list `name` (key, labels, aliases), normalised → its choice."""
    found: dict[str, Choice] = {}
    for choice in choices(name):
        for text in (choice.key, choice.label, choice.english, *choice.aliases):
            if text:
                found.setdefault(normalise_name(text), choice)
    return found


def find_choice(name: str, value: str) -> Choice | None:
    """The choice whose key, label (either language) or alias is `value`, compared as
    `normalise_name` does: "uji coba" finds "uji-coba", "OPD" finds Perangkat Daerah,
    "Ketentraman, Ketertiban Umum dan Perlindungan Masyarakat" finds urusan 1.05."""
    return _names(name).get(normalise_name(value))


def closest_texts(value: str, texts: Iterable[str], cutoff: float = 0.6) -> list[str]:
    """Of `texts`, those near to an unknown `value`, best first, compared as `normalise_name`
    does: spelling slips and words in another order ("Perikanan dan Kelautan") both come
    close. One measure for every "mungkin maksudnya" (list entries, OPD names)."""
    wanted = normalise_name(value)
    wanted_sorted = " ".join(sorted(wanted.split()))

    def score(text: str) -> float:
        normal = normalise_name(text)
        return max(
            difflib.SequenceMatcher(None, wanted, normal).ratio(),
            difflib.SequenceMatcher(None, wanted_sorted, " ".join(sorted(normal.split()))).ratio(),
        )

    ranked = sorted(((score(text), text) for text in texts), reverse=True)
    return [text for value_score, text in ranked if value_score >= cutoff]


def closest_choices(name: str, value: str, limit: int = 3) -> list[Choice]:
    """The list entries nearest to an unknown `value`, best first (for "mungkin maksudnya")."""
    found: list[Choice] = []
    for text in closest_texts(value, _names(name)):
        choice = _names(name)[text]
        if choice not in found:
            found.append(choice)
    return found[:limit]


def label(name: str, key: str) -> str:
    """What to show for a stored key; a value that is not on the list is shown as it is."""
    choice = find_choice(name, key) if key else None
    return choice.shown if choice else key


def yandas_affairs() -> tuple[Choice, ...]:
    return tuple(c for c in choices("urusan") if c.yandas)
