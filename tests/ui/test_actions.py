"""The main window's actions are declared once (ui/facilitator/actions.py): menus, shortcuts,
enabling and retranslation are built from the declarations."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from labinovasi.ui.facilitator import actions
from labinovasi.ui.facilitator.main_window import MainWindow


def test_one_declaration_gives_menu_item_shortcut_enabling_and_handler(qtbot, service, monkeypatch):
    calls = []
    monkeypatch.setattr(
        actions,
        "ACTIONS",
        actions.ACTIONS
        + (
            actions.Action(
                "actionTryout",
                "tryout_action",
                "Uji &coba…",
                "print",
                "tryout",
                lambda w: calls.append(w),
                ("Ctrl+Alt+U",),
                actions.has_workshop,
            ),
        ),
    )
    main = MainWindow(service=service)
    qtbot.addWidget(main)
    main.show()
    items = main.print_menu.actions()
    assert items[-1] is main.tryout_action and items[-2].isSeparator()
    assert main.tryout_action.objectName() == "actionTryout"
    assert main.tryout_action.text() == "Uji &coba…"
    assert main.tryout_action.shortcut() == QKeySequence("Ctrl+Alt+U")
    assert main.tryout_action.isEnabled()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    qtbot.keyClick(
        main.board.view,
        Qt.Key.Key_U,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    assert calls == [main]
    main.close_workshop()
    assert not main.tryout_action.isEnabled()  # its `when` asked again


def test_every_declared_shortcut_is_unique_and_every_menu_item_has_a_text(qtbot, service):
    main = MainWindow(service=service)
    qtbot.addWidget(main)
    seen: dict[str, str] = {}
    for spec in actions.ACTIONS:
        for key in spec.keys:
            text = QKeySequence(key).toString()
            assert text not in seen, f"{text}: {seen.get(text)} and {spec.name}"
            seen[text] = spec.name
        if spec.menu:
            assert getattr(main, spec.attr).objectName() == spec.name
            shown = getattr(main, spec.attr)
            title = shown.title() if spec.submenu else shown.text()
            assert title.strip(), spec.name
