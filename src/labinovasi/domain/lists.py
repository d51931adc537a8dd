"""The innovation profile's choice lists (urusan, inisiator, jenis, bentuk, tahapan), read from
resources/lists/*.json: year- and law-dependent data lives in files, not code."""

from __future__ import annotations

import json
from dataclasses import dataclass
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
        )
        for item in data["items"]
    )


def find_choice(name: str, value: str) -> Choice | None:
    """The choice whose key or label (either language, case- and space-insensitively; "uji
    coba" finds "uji-coba") is `value`."""
    wanted = " ".join(value.replace("-", " ").split()).casefold()
    for choice in choices(name):
        names = (choice.key, choice.label, choice.english)
        if wanted in {" ".join(n.replace("-", " ").split()).casefold() for n in names if n}:
            return choice
    return None


def label(name: str, key: str) -> str:
    """What to show for a stored key; a value that is not on the list is shown as it is."""
    choice = find_choice(name, key) if key else None
    return choice.shown if choice else key


def yandas_affairs() -> tuple[Choice, ...]:
    return tuple(c for c in choices("urusan") if c.yandas)
