"""Qt's own dialogs (file, print) speak the app's language: Qt ships no Indonesian catalogue, so
resources/translations/qtbase_id.ts carries the strings the Qt 6 in use asks for (issue 25)."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTabWidget,
    QToolButton,
    QWidget,
)

from labinovasi.ui import translation
from labinovasi.ui.translation import install_translators

LEFT = Qt.MouseButton.LeftButton
# The contexts of the dialogs the app opens; key names (QShortcut) and paper names (QPageSize)
# stay as they are in Indonesian too.
DIALOG_CONTEXTS = {
    "QAbstractFileIconProvider",
    "QCupsJobWidget",
    "QDialogButtonBox",
    "QFileDialog",
    "QFileSystemModel",
    "QMessageBox",
    "QPageSetupWidget",
    "QPlatformTheme",
    "QPrintDialog",
    "QPrintPropertiesWidget",
    "QPrintSettingsOutput",
    "QPrintWidget",
}


class Recorder(QTranslator):
    """Stands in for the installed translators and notes what Qt asked that none answered."""

    def __init__(self, inner: list[QTranslator]) -> None:
        super().__init__()
        self.inner = inner
        self.missed: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        for translator in self.inner:
            found = translator.translate(context, source, disambiguation, n)
            if found:
                return found
        self.missed.add((context, source))
        return source

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def asked(qapp):
    """Installs Indonesian, then records every dialog string no catalogue translates."""
    install_translators(qapp, "id")
    inner = list(translation._installed)
    for translator in inner:
        qapp.removeTranslator(translator)
    recorder = Recorder(inner)
    qapp.installTranslator(recorder)
    yield recorder
    qapp.removeTranslator(recorder)
    install_translators(qapp, "id")


def visible_texts(dialog: QWidget) -> list[str]:
    texts = []
    for child in dialog.findChildren(QWidget):
        if not child.isVisibleTo(dialog):
            continue
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        if isinstance(child, QToolButton):
            texts.append(child.toolTip())
        if isinstance(child, QGroupBox):
            texts.append(child.title())
        if isinstance(child, QComboBox) and not child.isEditable():
            texts += [child.itemText(i) for i in range(child.count())]
        if isinstance(child, QTabWidget):
            texts += [child.tabText(i) for i in range(child.count())]
        if isinstance(child, QHeaderView) and child.model() is not None:
            model = child.model()
            texts += [
                str(model.headerData(i, Qt.Orientation.Horizontal))
                for i in range(model.columnCount())
            ]
    return [t for t in texts if t]


def test_the_app_uses_qts_own_file_dialog(qapp):
    """A native dialog speaks the system's language, not the app's: Qt's is used everywhere."""
    from labinovasi.ui.app import create_app
    from labinovasi.ui.widgets.accessibility import uninstall_accessibility

    qapp.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, False)
    assert create_app("id") is qapp
    uninstall_accessibility(qapp)  # the rest of the suite finds the app as before
    assert qapp.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)


def test_the_open_dialog_speaks_indonesian(qtbot, window, on_modal, asked):
    seen = {}

    def read_and_cancel(dialog):
        seen["dialog"] = isinstance(dialog, QFileDialog)
        seen["title"] = dialog.windowTitle()
        seen["texts"] = visible_texts(dialog)
        dialog.reject()

    on_modal(read_and_cancel)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "texts" in seen)
    assert seen["dialog"] and seen["title"] == "Buka lokakarya"
    texts = seen["texts"]
    for label in ("&Lihat di:", "&Nama berkas:", "&Jenis berkas:", "&Buka", "Batal"):
        assert label in texts, texts
    for tip in ("Kembali", "Maju", "Folder induk", "Buat folder baru"):
        assert tip in texts, texts
    assert {"Nama", "Ukuran", "Jenis", "Tanggal diubah"} <= set(texts)
    english = {"&Look in:", "Files of &type:", "File &name:", "Go back", "Cancel", "Size"}
    assert not english & set(texts)
    asked_here = {m for m in asked.missed if m[0] in DIALOG_CONTEXTS}
    assert asked_here == set(), sorted(asked_here)


def test_the_open_dialog_speaks_english_in_english(qtbot, qapp, window, on_modal):
    seen = {}
    install_translators(qapp, "en")
    QCoreApplication.sendPostedEvents()

    def read_and_cancel(dialog):
        seen["texts"] = visible_texts(dialog)
        dialog.reject()

    on_modal(read_and_cancel)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "texts" in seen)
    assert {"&Look in:", "File &name:", "Files of &type:", "Cancel"} <= set(seen["texts"])
    assert "&Lihat di:" not in seen["texts"]


def test_the_print_dialog_speaks_indonesian(qtbot, service, on_modal, asked):
    from labinovasi.ui.facilitator.print_preview import PrintPreviewDialog

    service.add_opd("Dinas Kesehatan", "DINKES")
    preview = PrintPreviewDialog(service, kind="summary")
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.ready, timeout=30000):
        preview.show()
    seen = {}

    def open_options_and_cancel(dialog):
        more = next(b for b in dialog.findChildren(QAbstractButton) if b.text() == "&Pilihan >>")
        qtbot.mouseClick(more, LEFT)
        tabs = dialog.findChild(QTabWidget)
        seen["texts"] = visible_texts(dialog)
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            seen["texts"] += visible_texts(dialog)
        dialog.reject()

    on_modal(open_options_and_cancel)
    qtbot.mouseClick(preview.print_button, LEFT)
    qtbot.waitUntil(lambda: "texts" in seen)
    texts = set(seen["texts"])
    assert {"Pencetak", "&Nama:", "Lokasi:", "&Cetak", "Batal", "&Pilihan <<"} <= texts, texts
    assert {"Salinan", "Pilihan", "Jumlah salinan:", "Halaman dari", "Halaman ini"} <= texts
    english = {"Printer", "Location:", "Copies:", "Print all", "Current Page", "Options"}
    assert not english & texts
    asked_here = {m for m in asked.missed if m[0] in DIALOG_CONTEXTS}
    assert asked_here == set(), sorted(asked_here)
    assert QApplication.activeModalWidget() is None
