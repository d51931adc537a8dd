"""No plain read, write or copy of a file in `src/` except where it is known not to be a
workshop file (storage/workshop_file.py says why: closing any descriptor on a database file
drops every SQLite lock the process holds on it). Each place allowed says what it opens."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "labinovasi"

# Calls that open a descriptor on a path: open(), os.open, io.open, Path.open(mode),
# Path.read_*/write_*, shutil's copies, hashlib.file_digest, mmap.
PLAIN_CALLS = {"open", "read_bytes", "read_text", "write_bytes", "write_text", "file_digest"}
SHUTIL = {"copy", "copy2", "copyfile", "copyfileobj", "copytree", "mmap"}

# (module, function): what it opens, never a workshop file.
ALLOWED = {
    ("domain/guide.py", "_data"): "a shipped resource (guide texts)",
    ("domain/iga.py", "load_rules"): "a yearly rule file",
    ("domain/iga.py", "_is_official"): "a yearly rule file",
    ("domain/jury.py", "default_rubric"): "a shipped resource (rubric)",
    ("domain/lists.py", "choices"): "a shipped resource (lists)",
    ("cli/gui.py", "_wipe_initial_environment"): "/proc/self/environ and /proc/self/mem",
    ("services/evidence.py", "temp_copy"): "an evidence copy in a fresh mkdtemp folder",
    ("web/page.py", "_template"): "a shipped resource (the phone page's template)",
    ("domain/similarity.py", "load_lexicon"): "the shipped office lexicon",
    ("services/similar.py", "export_lexicon"): "a lexicon file being written (whole_file temp)",
    (
        "services/similar.py",
        "import_lexicon",
    ): "a lexicon file the user imports (a workshop is refused first)",
    ("i18n.py", "_catalog"): "a compiled translation catalogue",
    ("ui/app.py", "uses_pyside"): "a Python module's source, for PySide's import hook",
    ("ui/probe.py", "peak_rss_kb"): "/proc/self/status",
    ("services/output_files.py", "_umask"): "/proc/self/status (the umask, read unchanged)",
    ("ui/facilitator/print_preview.py", "save_as"): "a rendered PDF to the user's choice",
    ("ui/facilitator/papers_dialog.py", "choose_logo"): "a letterhead logo image",
    ("services/papers.py", "set_letterhead"): "a letterhead logo image",
    ("services/papers.py", "render_paper"): "a paper being written (whole_file temp)",
    ("services/iga.py", "render_iga_summary"): "a report being written (whole_file temp)",
    ("services/reporting.py", "render_report"): "a report being written (whole_file temp)",
    ("services/delivery.py", "write_consultation_pdf"): "a paper being written (whole_file)",
    ("services/jury_papers.py", "_write_paper"): "a jury paper (whole_file temp)",
    ("services/export.py", "export_workshop"): "a JSON export (whole_file temp)",
    ("services/evidence.py", "export_evidence"): "an evidence file written out",
    ("services/evidence.py", "_content"): "an evidence file the user attaches",
    ("services/sample.py", "build_sample_workshop"): "the sample's shipped CSV",
    ("services/sample_after_lab.py", "_sample_document"): "a sample evidence file written",
    ("services/sample_after_lab.py", "fill_after_lab"): "the sample's shipped data",
    ("services/iga_form.py", "_evidence_row"): "an evidence file named in a workbook",
    ("services/iga_form.py", "add_iga_sample"): "the sample's shipped data",
    ("services/iga_profile.py", "attach_budget_document"): "the PDF the officer picked (its "
    "first bytes, read only; the evidence store keeps the file)",
    ("services/iga_package.py", "_write_item"): "an evidence file in an upload package",
    ("storage/connection.py", "known_head"): "an Alembic revision file's source",
    ("storage/tabular.py", "read_table"): "a CSV the user imports",
    ("storage/tabular.py", "write_csv"): "a CSV export",
    ("storage/tabular.py", "write_xlsx"): "an XLSX export",
    ("storage/backups.py", "_read_marker"): "a backup folder's asal.json",
    ("storage/backups.py", "_write_marker"): "a backup folder's asal.json",
    ("storage/backups.py", "_store_blob"): "an evidence file in the backups' store",
    ("storage/backups.py", "_stored_blob"): "an evidence file in the backups' store",
}


def _hits(path: Path) -> list[tuple[str, int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[str, int, str]] = []

    def visit(node: ast.AST, function: str) -> None:
        for child in ast.iter_child_nodes(node):
            name = function
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                name = child.name
            if isinstance(child, ast.Call):
                call = child.func
                if isinstance(call, ast.Name) and call.id == "open":
                    found.append((function, child.lineno, "open()"))
                elif isinstance(call, ast.Attribute):
                    owner = call.value.id if isinstance(call.value, ast.Name) else ""
                    if owner in ("shutil", "mmap") and call.attr in SHUTIL | {"mmap"}:
                        found.append((function, child.lineno, f"{owner}.{call.attr}"))
                    elif owner in ("os", "io") and call.attr == "open":
                        found.append((function, child.lineno, f"{owner}.open"))
                    elif call.attr == "open" and owner not in ("os", "io"):
                        # Path.open(mode): a mode string or encoding; dialogs' open() take none
                        modes = [a for a in child.args if isinstance(a, ast.Constant)]
                        keywords = {k.arg for k in child.keywords}
                        if (
                            modes
                            and isinstance(modes[0].value, str)
                            or keywords
                            & {
                                "mode",
                                "encoding",
                            }
                        ):
                            found.append((function, child.lineno, ".open(mode)"))
                    elif call.attr in PLAIN_CALLS - {"open"}:
                        found.append((function, child.lineno, f".{call.attr}()"))
            visit(child, name)

    visit(tree, "<module>")
    return found


def test_plain_file_access_only_where_allowed():
    unexpected, used = [], set()
    for path in sorted(SRC.rglob("*.py")):
        module = path.relative_to(SRC).as_posix()
        for function, line, what in _hits(path):
            key = (module, function) if (module, function) in ALLOWED else (module, "*")
            if key in ALLOWED:
                used.add(key)
            else:
                unexpected.append(f"{module}:{line} {what} in {function}")
    assert not unexpected, (
        "plain file access to a path that may be a workshop file; go through "
        "storage/workshop_file.py, or add it to ALLOWED saying what it opens:\n"
        + "\n".join(unexpected)
    )
    assert used == set(ALLOWED), f"allowed but no longer there: {set(ALLOWED) - used}"


def test_the_rule_sees_a_plain_read(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import shutil\n"
        "def header(path):\n"
        "    with path.open('rb') as f:\n"
        "        return f.read(100)\n"
        "def copy(a, b):\n"
        "    shutil.copy2(a, b)\n"
        "def raw(p):\n"
        "    return open(p, 'rb').read() + p.read_bytes()\n"
        "def dialog(d):\n"
        "    d.open()\n",
        encoding="utf-8",
    )
    assert [(f, w) for f, _line, w in _hits(sample)] == [
        ("header", ".open(mode)"),
        ("copy", "shutil.copy2"),
        ("raw", "open()"),
        ("raw", ".read_bytes()"),
    ]
