"""Bantuan → Pintasan keyboard: every menu action with a shortcut, read from the menus."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from labinovasi.ui.widgets.common import make_row_list, name_buttons


def menu_shortcuts(bar: QMenuBar) -> list[tuple[str, str]]:
    """(keys, "Menu → action") for every action with a shortcut, in menu order."""
    rows = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{path} → {action.menu().title().replace('&', '')}")
            elif not action.isSeparator() and action.shortcuts():
                keys = " / ".join(
                    k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
                )
                rows.append((keys, f"{path} → {action.text().replace('&', '')}"))

    for action in bar.actions():
        if action.menu() is not None:
            walk(action.menu(), action.menu().title().replace("&", ""))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, bar: QMenuBar, parent=None):
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Pintasan keyboard"))
        rows = menu_shortcuts(bar) + self.extra_keys()
        self.table = QTableWidget(len(rows), 2, objectName="shortcutsTable")
        make_row_list(self.table)
        self.table.setHorizontalHeaderLabels([self.tr("Tombol"), self.tr("Perintah")])
        for row, (keys, text) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        name_buttons(buttons, {QDialogButtonBox.StandardButton.Close: self.tr("Tutup")})
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 520)

    def extra_keys(self) -> list[tuple[str, str]]:
        """Keys that are not menu actions (shortcuts of one widget), listed as well."""
        return [
            ("Enter", self.tr("Tambah gagasan yang diketik (kolom Gagasan baru)")),
            ("Alt+Left", self.tr("Kembali ke papan OPD")),
            ("Ctrl+S", self.tr("Simpan rancangan inovasi")),
            ("F2", self.tr("Ubah sel tabel rencana aksi (juga klik ganda)")),
            ("F11", self.tr("Layar penuh di jendela proyektor")),
        ]
