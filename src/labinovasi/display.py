"""Whether a window can open at all, and what to say when it cannot. Qt-free: the texts are
needed before Qt (and its translators) can start, so they go through `labinovasi.i18n`."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from labinovasi.i18n import _

EXIT_NO_DISPLAY = 5  # as the command line's "cannot open" (cli.common.EXIT_CANNOT_OPEN)
HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb", "vkkhrdisplay")


def no_display_reason(
    environ: Mapping[str, str] = os.environ, platform: str = sys.platform
) -> str | None:
    """Why Qt will find no screen to open a window on (Linux, X11 or Wayland wanted and neither
    DISPLAY nor WAYLAND_DISPLAY set), else None."""
    if not platform.startswith("linux"):
        return None
    wanted = environ.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip()
    if wanted in HEADLESS_PLATFORMS:
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return _("DISPLAY dan WAYLAND_DISPLAY tidak diatur")


def no_display_message(detail: str) -> str:
    return _(
        "Tidak ada layar (display) yang ditemukan ({detail}): jendela Labinovasi tidak dapat "
        "dibuka. Jalankan dari sesi desktop, atau tanpa layar (server, CI, tangkapan layar) "
        "dengan QT_QPA_PLATFORM=offscreen, misalnya: QT_QPA_PLATFORM=offscreen labinovasi gui"
    ).format(detail=detail)


def plugin_failed_message() -> str:
    return _(
        "Modul tampilan Qt tidak dapat dimulai (lihat pesan di atas). Tanpa layar (server, CI) "
        "jalankan dengan QT_QPA_PLATFORM=offscreen."
    )
