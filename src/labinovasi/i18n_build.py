"""Builds Qt translations: resources/translations/*.ts → .qm with pyside6-lrelease (make run/test)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from labinovasi.resources import get_asset


def _tool(name: str) -> str | None:
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else shutil.which(name)


def build_translations() -> list[Path]:
    folder = get_asset("translations")
    lrelease = _tool("pyside6-lrelease")
    built = []
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        if lrelease is None:
            print(f"pyside6-lrelease tidak ditemukan; {ts.name} tidak dikompilasi", file=sys.stderr)
            continue
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


if __name__ == "__main__":
    build_translations()
