"""Wheel build hook: puts the top-level resources/ folder into the wheel as labinovasi/assets/
and compiles the Qt translations (.ts → .qm) for it, so an installed app never compiles or
writes anything into its own folder.

pyside6-lrelease comes with PySide6, which an isolated build environment does not have. The hook
uses it when it is on PATH (`make wheel` puts the project's .venv/bin there); otherwise it ships
the .qm files `make translations` compiled, if they are newer than their .ts; otherwise the build
stops with a message rather than making a wheel without its English screens.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

PACKAGED = "labinovasi/assets"  # labinovasi.resources.PACKAGED_FOLDER
SKIPPED = {".ts", ".qm"}  # the .ts are sources; the .qm are compiled here


class ResourcesHook(BuildHookInterface):
    def initialize(self, version: str, build_data: dict) -> None:
        if version == "editable":  # editable installs read resources/ in place
            return
        root = Path(self.root)
        resources = root / "resources"
        for path in sorted(resources.rglob("*")):
            if path.is_file() and path.suffix not in SKIPPED and "__pycache__" not in path.parts:
                relative = path.relative_to(resources).as_posix()
                build_data["force_include"][str(path)] = f"{PACKAGED}/{relative}"
        self._compiled = Path(tempfile.mkdtemp(prefix="labinovasi-qm-"))
        for qm in self._translations(resources / "translations", self._compiled):
            build_data["force_include"][str(qm)] = f"{PACKAGED}/translations/{qm.name}"

    def finalize(self, version: str, build_data: dict, artifact_path: str) -> None:
        compiled = getattr(self, "_compiled", None)
        if compiled is not None:
            shutil.rmtree(compiled, ignore_errors=True)

    def _translations(self, source: Path, target: Path) -> list[Path]:
        sys.path.insert(0, str(Path(self.root) / "src"))
        try:
            from labinovasi.i18n_build import compile_translations, tool
        finally:
            sys.path.pop(0)
        if tool("pyside6-lrelease") is not None:
            return compile_translations(source, target, force=True)
        compiled = []
        for ts in sorted(source.glob("*.ts")):
            qm = ts.with_suffix(".qm")
            if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
                raise RuntimeError(
                    f"{ts.name}: pyside6-lrelease is not on PATH and {qm.name} is missing or "
                    "older than its .ts. Run `make wheel`, or `make translations` first."
                )
            compiled.append(qm)
        return compiled
