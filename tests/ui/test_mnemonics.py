"""Alt+letter mnemonics are unique in every window: menu titles, each menu's items, and the
labels, buttons and tabs visible on each screen (which must not take a menu title's letter)."""

from __future__ import annotations

from collections import defaultdict

import pytest

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QTabBar, QWidget


def mnemonic(text: str) -> str | None:
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return None


def clashes(named: list[tuple[str, str]]) -> dict[str, list[str]]:
    by_letter = defaultdict(list)
    for letter, where in named:
        if letter:
            by_letter[letter].append(where)
    return {k: v for k, v in by_letter.items() if len(v) > 1}


def menu_problems(menu: QMenu, path: str) -> list[str]:
    problems = []
    items = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
    named = [(mnemonic(a.text()), a.text()) for a in items]
    for letter, where in clashes(named).items():
        problems.append(f"{path}: Alt+{letter} on {where}")
    for a in items:
        if a.menu() is not None:
            problems += menu_problems(a.menu(), f"{path} → {a.text()}")
    return problems


def screen_widgets(root: QWidget) -> list[tuple[str | None, str]]:
    named = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            named.append((mnemonic(widget.text()), f"label {widget.text()!r}"))
        elif isinstance(widget, QAbstractButton):
            named.append((mnemonic(widget.text()), f"button {widget.text()!r}"))
        elif isinstance(widget, QGroupBox):
            named.append((mnemonic(widget.title()), f"group {widget.title()!r}"))
        elif isinstance(widget, QTabBar):
            named += [
                (mnemonic(widget.tabText(i)), f"tab {widget.tabText(i)!r}")
                for i in range(widget.count())
            ]
    return named


def window_problems(window, screen: str) -> list[str]:
    bar = window.menuBar() if hasattr(window, "menuBar") else None
    titles = [(mnemonic(a.text()), f"menu {a.text()!r}") for a in bar.actions()] if bar else []
    problems = [
        f"{screen}: Alt+{k} on {v}" for k, v in clashes(titles + screen_widgets(window)).items()
    ]
    if bar is not None:
        for action in bar.actions():
            if action.menu() is not None:
                problems += menu_problems(action.menu(), action.text())
    return problems


@pytest.mark.parametrize("language", ["id", "en"])
def test_main_window_mnemonics_are_unique_on_every_screen(qtbot, qapp, window, language):
    from labinovasi.ui.translation import install_translators

    assert install_translators(qapp, language) == language
    try:
        qtbot.wait(1)
        problems = window_problems(window, "papan OPD")
        opd = window.service.find_opd("DINKES")
        window.show_opd(opd.id)
        for name in ("drumup", "diagnose", "design"):
            window.show_tab(name)
            qtbot.wait(1)
            problems += window_problems(window, name)
    finally:
        install_translators(qapp, "id")
    assert not problems, "\n".join(sorted(set(problems)))


def test_mnemonic_reader():
    assert mnemonic("&Cetak") == "c" and mnemonic("Ba&ntuan") == "n"
    assert mnemonic("R&&D") is None and mnemonic("Tanpa") is None
    assert clashes([("c", "&Cetak"), ("c", "&Cari OPD:")]) == {"c": ["&Cetak", "&Cari OPD:"]}


def test_dialogs_mnemonics_are_unique(qtbot, window, samples_dir):
    from labinovasi.ui.facilitator.workshop_dialog import WorkshopDialog

    problems = []
    dialog = WorkshopDialog(window.service.workshop(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    problems += [
        f"workshop dialog: Alt+{k} on {v}" for k, v in clashes(screen_widgets(dialog)).items()
    ]
    dialog.close()
    importer = window.import_dialog("opd", samples_dir / "opd.csv")
    with qtbot.waitSignal(importer.previewReady, timeout=10000):
        pass
    problems += [
        f"import dialog: Alt+{k} on {v}" for k, v in clashes(screen_widgets(importer)).items()
    ]
    importer.close()
    assert not problems, "\n".join(problems)
