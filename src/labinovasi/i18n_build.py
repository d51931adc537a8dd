"""Qt Linguist files: compiles resources/translations/*.ts → .qm with pyside6-lrelease (by `make`,
the wheel build hook and the PyInstaller spec; never by the running app), extracts the widgets'
strings with pyside6-lupdate, and lists what is still untranslated. No Qt import: the tools run
as programs."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from labinovasi.resources import get_asset

UI_PACKAGE = Path(__file__).resolve().parent / "ui"
TS_NAME = "labinovasi_{language}.ts"
SOURCE_LANGUAGE = "id"


@dataclass(frozen=True)
class Message:
    """One string of a .ts file, as Linguist shows it."""

    context: str
    source: str
    translation: str
    finished: bool
    plural: bool = False
    location: str = ""


def tool(name: str) -> str | None:
    """A Qt tool from the venv beside this Python, else from PATH."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else shutil.which(name)


def _tool_environment() -> dict[str, str]:
    """The environment for a Qt tool: pyside6-lrelease is a Python launcher of its own venv, and
    pip's isolated build sets PYTHONPATH to hide every other site-packages, PySide6's too."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONNOUSERSITE")}


def ts_path(language: str) -> Path:
    return get_asset("translations", TS_NAME.format(language=language))


def ui_sources(folder: Path = UI_PACKAGE) -> list[Path]:
    """Every Python file of the Qt package, subfolders included."""
    return sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(
    target: Path,
    sources: list[Path] | None = None,
    language: str = "en",
    keep_obsolete: bool = False,
) -> None:
    """Merge the strings of `sources` (default: all of ui/) into the .ts file `target`."""
    lupdate = tool("pyside6-lupdate")
    if lupdate is None:
        raise RuntimeError("pyside6-lupdate tidak ditemukan")
    command = [
        lupdate,
        "-silent",
        "-locations",
        "absolute",
        "-source-language",
        SOURCE_LANGUAGE,
        "-target-language",
        language,
    ]
    if not keep_obsolete:
        command.append("-no-obsolete")
    command += [str(p) for p in (sources or ui_sources())]
    command += ["-ts", str(target)]
    subprocess.run(command, check=True, capture_output=True)


def read_ts(path: Path) -> list[Message]:
    """The live messages of a .ts file (vanished/obsolete ones are left out)."""
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            node = message.find("translation")
            kind = node.get("type", "") if node is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            plural = message.get("numerus") == "yes"
            if node is None:
                text = ""
            elif plural:
                text = " | ".join(form.text or "" for form in node.iter("numerusform"))
            else:
                text = node.text or ""
            where = message.find("location")
            location = (
                f"{where.get('filename', '')}:{where.get('line', '')}" if where is not None else ""
            )
            messages.append(
                Message(
                    name,
                    message.findtext("source", ""),
                    text,
                    finished=kind != "unfinished" and bool(text.strip(" |")),
                    plural=plural,
                    location=location,
                )
            )
    return messages


def untranslated(path: Path) -> list[Message]:
    return [m for m in read_ts(path) if not m.finished]


def compile_translations(source: Path, target: Path, force: bool = False) -> list[Path]:
    """Compile every .ts of `source` whose .qm in `target` is missing or older; returns the .qm
    files written. Used by `make`, the wheel build hook and the PyInstaller spec."""
    lrelease = tool("pyside6-lrelease")
    built = []
    for ts in sorted(source.glob("*.ts")):
        qm = target / ts.with_suffix(".qm").name
        if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        if lrelease is None:
            raise FileNotFoundError(
                f"pyside6-lrelease tidak ditemukan; {ts.name} tidak dikompilasi"
            )
        target.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [lrelease, "-silent", str(ts), "-qm", str(qm)], check=True, env=_tool_environment()
        )
        built.append(qm)
    return built


def build_translations(force: bool = False) -> list[Path]:
    """Compile resources/translations/*.ts beside themselves (development: `make`)."""
    folder = get_asset("translations")
    return compile_translations(folder, folder, force=force)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Kompilasi terjemahan Qt (.ts → .qm)")
    parser.add_argument("--force", action="store_true", help="kompilasi ulang semuanya")
    parser.add_argument(
        "--check",
        action="store_true",
        help="tampilkan string yang belum diterjemahkan; keluar 1 jika ada",
    )
    args = parser.parse_args(argv)
    try:
        built = build_translations(force=args.force)
    except FileNotFoundError as error:
        print(error, file=sys.stderr)
        return 1
    for qm in built:
        print(qm)
    if args.check:
        missing = [
            (ts, m)
            for ts in sorted(get_asset("translations").glob("*.ts"))
            for m in untranslated(ts)
        ]
        for ts, message in missing:
            print(f"{ts.name}: [{message.context}] {message.source!r} ({message.location})")
        return 1 if missing else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
