"""Wheel test: builds the wheel, installs it into a fresh venv outside the repository and runs
the smoke test (tests/packaging/smoke.py) against the installed `labinovasi`, then checks the
English translation loads and that running the app wrote nothing into its install folder.

    .venv/bin/python tests/packaging/wheel_test.py        (make wheel-test; a CI step)

Run by the project's development venv: its pyside6-lrelease compiles the translations for the
wheel, its pypdf reads the PDFs. Dependencies come from the registry (or pip's cache).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

TRANSLATION_CHECK = """
import sys
from labinovasi.resources import resources_dir
from labinovasi.ui.app import create_app
from labinovasi.ui.translation import install_translators
app = create_app("en")
assert install_translators(app, "en") == "en", "the English .qm did not load"
print(resources_dir())
app.quit()
"""


def step(title: str, command: list[str], **kwargs) -> subprocess.CompletedProcess:
    print(f"== {title}", flush=True)
    start = time.monotonic()
    done = subprocess.run(command, check=True, **kwargs)
    print(f"   {time.monotonic() - start:.1f} s", flush=True)
    return done


def files_under(folder: Path) -> set[str]:
    return {
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def main() -> int:
    bin_dir = Path(sys.executable).parent
    # pyside6-lrelease beside this Python compiles the .qm inside the wheel build hook.
    build_env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    with tempfile.TemporaryDirectory(prefix="labinovasi-wheel-") as folder:
        work = Path(folder)
        step(
            "build the wheel",
            [
                sys.executable,
                "-m",
                "pip",
                "wheel",
                "--no-deps",
                "-q",
                "-w",
                str(work / "dist"),
                str(ROOT),
            ],
            env=build_env,
        )
        wheel = next((work / "dist").glob("labinovasi-*.whl"))
        print(f"   {wheel.name}: {wheel.stat().st_size / 1e6:.2f} MB", flush=True)
        venv = work / "venv"
        step("fresh venv", [sys.executable, "-m", "venv", str(venv)])
        scripts = venv / ("Scripts" if os.name == "nt" else "bin")
        python = scripts / "python"
        # Outside the repository, with nothing of it on the path.
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
        env["QT_QPA_PLATFORM"] = "offscreen"
        step(
            "install the wheel",
            [str(python), "-m", "pip", "install", "-q", str(wheel)],
            env=env,
            cwd=work,
        )
        package = Path(
            subprocess.run(
                [
                    str(python),
                    "-c",
                    "import labinovasi, pathlib; print(pathlib.Path(labinovasi.__file__).parent)",
                ],
                check=True,
                capture_output=True,
                text=True,
                env=env,
                cwd=work,
            ).stdout.strip()
        )
        before = files_under(package)
        step(
            "smoke test",
            [sys.executable, str(HERE / "smoke.py"), "--cli", str(scripts / "labinovasi")],
            env=env,
            cwd=work,
        )
        found = step(
            "English translation in the installed GUI",
            [str(python), "-c", TRANSLATION_CHECK],
            env=env,
            cwd=work,
            capture_output=True,
            text=True,
        )
        resources = Path(found.stdout.strip().splitlines()[-1])
        if resources != package / "assets":
            print(f"FAILED: resources read from {resources}, not from {package / 'assets'}")
            return 1
        written = files_under(package) - before
        if written:
            print(f"FAILED: the app wrote into its install folder: {sorted(written)}")
            return 1
    print("wheel test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
