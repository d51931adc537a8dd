"""The layers below the GUI never need Qt: domain, storage, services, reports and the CLI import
and run in a Python that has not loaded PySide6 (the review hook checks the imports; this checks
what actually gets loaded)."""

from __future__ import annotations

import ast
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import labinovasi

PACKAGE = Path(labinovasi.__file__).resolve().parent
QT_FREE = ("domain", "storage", "services", "reports", "web")


def qt_free_modules() -> list[str]:
    names = ["labinovasi.cli", "labinovasi.i18n", "labinovasi.formatting", "labinovasi.resources"]
    names.append("labinovasi.display")  # worded before Qt can start
    for layer in QT_FREE:
        names.append(f"labinovasi.{layer}")
        for info in pkgutil.walk_packages([str(PACKAGE / layer)], f"labinovasi.{layer}."):
            if ".migrations" not in info.name:
                names.append(info.name)
    return names


PROBE = """
import sys
names = sys.argv[1:]
import importlib
for name in names:
    importlib.import_module(name)
from labinovasi.cli import build_parser
build_parser()  # loads the command extensions (reports, sync, ui.cli) as well
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
assert not loaded, loaded
print(len(names))
"""


def test_lower_layers_import_without_pyside6():
    names = qt_free_modules()
    assert "labinovasi.services.workshop_service" in names
    assert "labinovasi.storage.connection" in names
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *names],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.strip()) == len(names)


def test_a_whole_cli_run_loads_no_qt(tmp_path, samples_dir):
    script = f"""
import sys
from labinovasi.cli import main
path = {str(tmp_path / "lab.labinovasi")!r}
assert main(["new", path, "--title", "T"]) == 0
assert main(["opd", "import", path, {str(samples_dir / "opd.csv")!r}]) == 0
assert main(["idea", "import", path, {str(samples_dir / "gagasan.csv")!r}]) == 0
assert main(["status", path, "--json"]) == 0
assert main(["export", path, "--format", "xlsx", "--out", path + ".xlsx"]) == 0
assert not [m for m in sys.modules if m.startswith(("PySide6", "shiboken6"))]
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_layer_rules_in_the_source():
    """domain: no Qt, no SQLAlchemy; storage, services, reports: no Qt; reports: no services;
    ui: no storage/SQL."""
    for path in PACKAGE.rglob("*.py"):
        layer = path.relative_to(PACKAGE).parts[0]
        names = imported_modules(path)
        qt = {n for n in names if n.split(".")[0] in ("PySide6", "shiboken6")}
        if layer in (*QT_FREE, "cli.py", "i18n.py", "formatting.py"):
            assert not qt, path
        if layer == "domain":
            assert not {n for n in names if n.split(".")[0] in ("sqlalchemy", "alembic")}, path
            assert not {
                n for n in names if n.startswith(("labinovasi.storage", "labinovasi.services"))
            }, path
        if layer == "reports":
            # reports take plain view data the services build; they never call a service
            assert not {n for n in names if n.startswith("labinovasi.services")}, path
        if layer == "web":  # the phone server writes only through the services
            assert not {
                n
                for n in names
                if n.split(".")[0] == "sqlalchemy" or n.startswith("labinovasi.storage")
            }, path
        if layer == "ui":
            assert not {
                n
                for n in names
                if n.split(".")[0] == "sqlalchemy" or n.startswith("labinovasi.storage")
            }, path


def _imports(src: Path) -> dict[str, set[str]]:
    """labinovasi module → the labinovasi modules it imports, at the top or inside functions."""
    import ast

    package = src / "labinovasi"
    modules = {}
    for path in package.rglob("*.py"):
        parts = path.relative_to(src).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        modules[name] = path
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
                found.update(f"{node.module}.{a.name}" for a in node.names)
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


def test_no_import_cycles_in_src():
    """Imports form no cycle, lazy ones included (a package importing its own submodules
    aside): a module can be read, moved and tested without dragging in its callers."""
    graph = _imports(Path(__file__).resolve().parents[1] / "src")
    cycles = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for target in sorted(graph[module]):
            if module.startswith(target + "."):
                continue  # a submodule importing its package's __init__ re-exports
            if state.get(target) == 1:
                cycles.append(" → ".join(path[path.index(target) :] + [module, target]))
            elif target not in state:
                visit(target, [*path, module])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [])
    assert cycles == []


def test_the_main_window_module_loads_no_sqlalchemy():
    """The window is shown before a workshop opens: SQLAlchemy (0.3 s, 30 MB) waits for it."""
    code = (
        "import sys, labinovasi.ui.facilitator.main_window; "
        "assert not [m for m in sys.modules if m.startswith('sqlalchemy')], "
        "sorted(m for m in sys.modules if m.startswith('labinovasi.services'))"
    )
    subprocess.run(
        [sys.executable, "-c", code], check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    )
