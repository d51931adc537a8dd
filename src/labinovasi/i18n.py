"""Translation for the Qt-free layers (domain messages, CLI, reports): Indonesian source strings,
English from resources/translations/labinovasi_en.po, read with Babel at run time.

The Qt widgets use Qt Linguist (`self.tr`) for their own strings; both follow `set_language`.
"""

from __future__ import annotations

import os
from functools import lru_cache

from labinovasi.resources import get_asset

DEFAULT_LANGUAGE = "id"
SUPPORTED_LANGUAGES = ("id", "en")
_language = os.environ.get("LABINOVASI_LANG", DEFAULT_LANGUAGE)


def set_language(language: str) -> None:
    global _language
    _language = language if language in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    return _language if _language in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


@lru_cache(maxsize=4)
def _catalog(language: str) -> dict[str, str]:
    path = get_asset("translations", f"labinovasi_{language}.po")
    if language == DEFAULT_LANGUAGE or not path.exists():
        return {}
    from babel.messages.pofile import read_po

    with path.open("rb") as handle:
        catalog = read_po(handle)
    return {m.id: m.string for m in catalog if m.id and m.string and not m.fuzzy}


def _(message: str) -> str:
    """Translate an Indonesian source string into the current language."""
    return _catalog(current_language()).get(message, message)


def gettext_in(language: str, message: str) -> str:
    """Translate into `language` whatever the current one is (a page served in the language
    its reader chose, by a server whose own messages stay in the current one)."""
    return _catalog(language if language in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE).get(
        message, message
    )


def N_(message: str) -> str:
    """Mark a string for extraction where it is defined; `_()` translates it where it is shown."""
    return message
