"""The lint is enforced where it is cheap: CI runs `make lint` before anything else, and
pre-commit and `make lint` use one ruff version (pinned in pyproject.toml's test extra)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ci_runs_the_lint_first():
    steps = re.findall(r"^step (.+)$", (ROOT / ".ci" / "run").read_text(), re.MULTILINE)
    assert steps[0] == "make lint" and "make test" in steps
    lint = re.search(r"^lint:.*?(?=^\S)", (ROOT / "Makefile").read_text(), re.S | re.M)
    assert lint is not None
    for command in ("ruff check", "ruff format --check", "mypy"):
        assert command in lint.group(0), command


def test_pre_commit_uses_the_pinned_ruff():
    extra = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    [pin] = [r for r in extra["test"] if r.startswith("ruff")]
    version = re.fullmatch(r"ruff==([\d.]+)", pin)
    assert version, f"ruff is pinned to one version, not {pin!r}"
    config = (ROOT / ".pre-commit-config.yaml").read_text()
    rev = re.search(r"ruff-pre-commit\s*\n\s*rev:\s*v?([\d.]+)", config)
    assert rev and rev.group(1) == version.group(1)
