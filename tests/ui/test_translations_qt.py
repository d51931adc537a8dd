"""English Qt translation: complete, current with the widgets' strings, and applied at run time."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QCoreApplication

from labinovasi import i18n
from labinovasi.i18n_build import read_ts, run_lupdate, tool, ts_path, untranslated
from labinovasi.ui.translation import available_languages, install_translators

EN_TS = ts_path("en")


def test_the_english_file_has_no_unfinished_entries():
    missing = untranslated(EN_TS)
    assert missing == [], "\n".join(f"[{m.context}] {m.source}" for m in missing)


def test_every_string_of_the_widgets_is_in_the_english_file(tmp_path):
    assert tool("pyside6-lupdate"), "pyside6-lupdate comes with PySide6"
    fresh = tmp_path / "labinovasi_en.ts"
    run_lupdate(fresh)
    found = {(m.context, m.source) for m in read_ts(fresh)}
    shipped = {(m.context, m.source) for m in read_ts(EN_TS)}
    assert found, "lupdate found no strings in ui/"
    new = sorted(found - shipped)
    assert new == [], "run scripts/update_qt_translations.py and translate:\n" + "\n".join(
        f"[{context}] {source}" for context, source in new
    )


def test_plural_page_count_has_both_english_forms():
    pages = [m for m in read_ts(EN_TS) if m.source == "%n halaman"]
    assert pages and pages[0].plural
    assert pages[0].translation == "%n page | %n pages"


@pytest.fixture
def restore_language(qapp):
    yield
    install_translators(qapp, "id")
    i18n.set_language("id")


def test_widgets_show_english_after_install(qtbot, qapp, service, restore_language):
    from labinovasi.ui.facilitator.print_preview import PrintPreviewDialog
    from labinovasi.ui.projector.projector_window import ProjectorWindow

    assert "en" in available_languages()
    projector = ProjectorWindow(service)
    qtbot.addWidget(projector)
    assert projector.windowTitle() == "Layar proyektor"
    assert install_translators(qapp, "en") == "en"
    assert i18n.current_language() == "en"
    QCoreApplication.sendPostedEvents()  # deliver the LanguageChange Qt posted
    assert projector.windowTitle() == "Projector screen"
    assert projector.summary_label.text() == "0 of 0 OPDs (0%) have at least 5 ideas"

    dialog = PrintPreviewDialog(service, kind="summary")  # built while English is installed
    qtbot.addWidget(dialog)
    assert dialog.print_button.text() == "Print…"
    assert dialog.save_button.text() == "Save as PDF…"
    with qtbot.waitSignal(dialog.ready, timeout=30000):
        dialog.show()
    count = dialog.document.pageCount()
    assert dialog.page_count_label.text() == f"{count} page" + ("s" if count != 1 else "")

    assert install_translators(qapp, "id") == "id"
    QCoreApplication.sendPostedEvents()
    assert projector.windowTitle() == "Layar proyektor"


def test_unknown_language_falls_back_to_indonesian(qapp, restore_language):
    assert install_translators(qapp, "fr") == "id"
    assert i18n.current_language() == "id"


def test_qt_dialog_buttons_speak_indonesian(qtbot, on_modal):
    """Qt ships no Indonesian catalogue: our qtbase_id.ts gives its dialogs' buttons their
    Indonesian words (issue 14 #7)."""
    from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox

    assert install_translators(QCoreApplication.instance(), "id") == "id"
    seen = {}

    def read_and_cancel(dialog):
        box = dialog.findChild(QDialogButtonBox)
        seen["input"] = sorted(b.text() for b in box.buttons())
        dialog.reject()

    on_modal(read_and_cancel)
    QInputDialog.getText(None, "Tambah OPD", "Nama OPD:")
    assert seen["input"] == ["Batal", "OK"]

    def read_and_close(dialog):
        seen["question"] = sorted(b.text() for b in dialog.buttons())
        dialog.reject()

    on_modal(read_and_close)
    QMessageBox.question(None, "Tanya", "Lanjut?")
    assert seen["question"] == ["&Tidak", "&Ya"]
