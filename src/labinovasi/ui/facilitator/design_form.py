"""Design tab: the OPD's innovations (the IGA profile), one selected at a time in the shared
step-by-step profile form, with the ideas it comes from; saved through `Innovations`."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from labinovasi.domain import LabinovasiError
from labinovasi.domain.innovations import missing_profile_parts, profile_progress
from labinovasi.ui.signals import Change, notify
from labinovasi.ui.widgets.commands import InnovationSaveCommand, record
from labinovasi.ui.widgets.common import MessageLine, plain_tip
from labinovasi.ui.widgets.dates import years_around
from labinovasi.ui.widgets.innovation_form import InnovationForm, shorten
from labinovasi.ui.widgets.pages import OpdPage

ACTIONS_STEP = 6  # the rencana aksi is the form's last step


class DesignForm(OpdPage):
    """Picks one of the OPD's innovations (or starts a new one from its chosen ideas) and edits
    its profile; saves on the button, Ctrl+S, and when the user leaves."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("designForm")
        self.store = None  # Innovations of the bound workshop

        self.innovation_label = QLabel(objectName="designInnovationLabel")
        self.innovation_combo = QComboBox(objectName="designInnovation")
        self.innovation_combo.setMinimumContentsLength(12)
        self.innovation_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.innovation_label.setBuddy(self.innovation_combo)
        self.new_name = QLineEdit(objectName="designNewName")
        self.new_button = QPushButton(objectName="designNewInnovation")
        self.save_button = QPushButton(objectName="saveDesignButton")
        self.progress_label = QLabel(objectName="designProgress")
        self.ideas_label = QLabel(objectName="designIdeas")
        self._ideas_text = ""  # the plain text the label elides and its tooltip shows
        self.ideas_label.setTextFormat(Qt.TextFormat.PlainText)  # participant text
        self.message = MessageLine(reserve=True, objectName="designMessage")
        self.form = InnovationForm(
            typed_dates=True,
            years=self._workshop_years,
            opening=lambda: self.service.workshop().start_date if self.service else None,
        )
        self.form.date_delegate.refused.connect(self.message.show_warning)
        self.form.documentRequested.connect(self.attach_document_dialog)
        self.year_rules = None  # the assessment year whose per-year fields the form shows

        top = QHBoxLayout()
        top.addWidget(self.innovation_label)
        top.addWidget(self.innovation_combo, 3)
        top.addWidget(self.progress_label)
        top.addSpacing(12)
        top.addWidget(self.new_name, 2)
        top.addWidget(self.new_button)
        top.addSpacing(12)
        top.addWidget(self.save_button)
        # The ideas line and the message keep their room: nothing below them moves.
        status = QWidget(objectName="designStatusRow")
        status.setFixedHeight(self.fontMetrics().lineSpacing() + 8)
        status_layout = QHBoxLayout(status)
        status_layout.setContentsMargins(0, 0, 0, 0)
        status_layout.addWidget(self.ideas_label, 1)
        status_layout.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(status)
        layout.addWidget(self.form, 1)

        self.innovation_combo.activated.connect(self._switch)
        self.new_button.clicked.connect(self.add_innovation)
        self.new_name.returnPressed.connect(self.add_innovation)
        self.save_button.clicked.connect(self.save)
        self.form.edited.connect(self._mark_dirty)
        self.form.stepChanged.connect(lambda _step: self._show_progress())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.innovation_label.setText(self.tr("&Inovasi:"))
        self.new_name.setPlaceholderText(self.tr("Nama inovasi baru"))
        self.new_button.setText(self.tr("Inovasi bar&u"))
        self.new_button.setToolTip(
            self.tr("Inovasi baru dari gagasan terpilih OPD ini, dengan nama yang ditulis di kiri")
        )
        self.save_button.setText(self.tr("Simpan profil (Ctrl+S)"))
        self._show_progress()
        self._show_ideas()

    # -- data ------------------------------------------------------------------------------

    def bind(self, service, undo_stack) -> None:
        from labinovasi.services.innovations import Innovations  # SQLAlchemy: loaded late

        super().bind(service, undo_stack)
        self.store = Innovations(service) if service is not None else None
        self._show_year_fields()

    def _show_year_fields(self) -> None:
        """The per-year fields (klasifikasi, Asta Cita…) the workshop's assessment year asks."""
        from labinovasi.services import evidence
        from labinovasi.services.iga_profile import year_fields

        self.year_rules = None
        if self.service is not None:
            try:
                self.year_rules = evidence.rules(evidence.default_year(self.service))
            except LabinovasiError:  # no rule file ships: the form shows no per-year field
                self.year_rules = None
        self.form.set_year_fields(year_fields(self.year_rules) if self.year_rules else {})

    def _workshop_years(self) -> tuple[int, int]:
        return years_around(self.service.workshop().start_date if self.service else None)

    def set_opd(self, opd_id: str | None) -> None:
        if opd_id != self.opd_id:
            self.save_if_changed()
            self.message.clear()
            self.form.load(None)
        self.opd_id = opd_id
        self.refresh()

    def refresh(self) -> None:
        """Reload the list, and the selected innovation unless it has unsaved changes."""
        innovations = []
        if self.store is not None and self.opd_id is not None:
            innovations = self.store.list(self.opd_id)
        current = self.form.loaded.id if self.form.loaded else None
        with QSignalBlocker(self.innovation_combo):
            self.innovation_combo.clear()
            for innovation in innovations:
                self.innovation_combo.addItem(innovation.name, innovation.id)
            if not innovations:
                self.innovation_combo.addItem(self.tr("— belum ada inovasi —"), None)
            self.innovation_combo.setCurrentIndex(
                max(0, self.innovation_combo.findData(current)) if current else 0
            )
        self.innovation_combo.setEnabled(bool(innovations))
        self.setEnabled(self.opd_id is not None)
        if not self.has_changes():
            self._load(self.innovation_combo.currentData())
        if self.opd_id is not None and not innovations:
            self.message.show_warning(
                self.tr("Belum ada inovasi: tulis namanya, lalu tekan \u201cInovasi baru\u201d."),
                self._no_innovation_yet(self.opd_id),
            )
        else:
            self.message.recheck()

    def _no_innovation_yet(self, opd_id: str):
        """The check of "Belum ada inovasi": one added here, at a station or by an undo
        ends it."""
        return lambda: self.store is not None and not self.store.list(opd_id)

    def _load(self, innovation_id: str | None) -> None:
        if innovation_id is None or self.store is None:
            self.form.load(None)
        else:
            self.form.load(self.store.get(innovation_id), self.store.history(innovation_id))
            self._show_documents()
        self._show_progress()
        self._show_ideas()

    def _show_documents(self) -> None:
        from labinovasi.services.iga_profile import BUDGET_DOCUMENT, budget_document

        loaded = self.form.loaded
        if loaded is None or self.service is None:
            return
        found = budget_document(self.service, loaded)
        self.form.show_document(BUDGET_DOCUMENT, found.file_name if found else "")

    def attach_document_dialog(self, key: str) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Pilih dokumen anggaran (PDF)"), "", self.tr("PDF (*.pdf)")
        )
        if name:
            self.attach_document(key, name)

    def attach_document(self, key: str, path) -> bool:
        """Keep the PDF in the workshop's evidence store as the innovation's budget document
        (unsaved typing is saved first)."""
        from labinovasi.services.iga_profile import attach_budget_document

        loaded = self.form.loaded
        if loaded is None or self.service is None or not self.save_if_changed():
            return False
        try:
            attach_budget_document(self.service, loaded.id, path)
        except LabinovasiError as error:
            self.message.show_warning(str(error))
            return False
        self._load(loaded.id)
        self.message.show_ok(self.tr("Dokumen anggaran dilampirkan."))
        notify(Change(designs=True, opd_ids=frozenset({loaded.opd_id})))
        return True

    def _switch(self, _index: int) -> None:
        wanted = self.innovation_combo.currentData()
        if self.form.loaded is not None and wanted != self.form.loaded.id:
            if not self.save_if_changed():  # a refused save keeps the user on their typing
                with QSignalBlocker(self.innovation_combo):
                    self.innovation_combo.setCurrentIndex(
                        self.innovation_combo.findData(self.form.loaded.id)
                    )
                return
            self.message.clear()
        self._load(wanted)

    def _show_progress(self) -> None:
        loaded = self.form.loaded
        if loaded is None:
            self.progress_label.clear()
            self.progress_label.setToolTip("")
            return
        filled, total = profile_progress(loaded)
        self.progress_label.setText(
            self.tr("profil %1/%2 isian").replace("%1", str(filled)).replace("%2", str(total))
        )
        missing = missing_profile_parts(loaded)
        self.progress_label.setToolTip(
            plain_tip(self.tr("Belum diisi: %1").replace("%1", ", ".join(missing)))
            if missing
            else self.tr("Semua bagian profil sudah diisi.")
        )

    def _show_ideas(self) -> None:
        """The ideas the selected innovation comes from, numbered as the drum-up lists them."""
        loaded = self.form.loaded
        if loaded is None or self.service is None or self.opd_id is None:
            self.ideas_label.clear()
            self.ideas_label.setToolTip("")
            self._ideas_text = ""
            return
        views = {v.idea.id: v for v in self.service.list_ideas(self.opd_id)}
        names = [
            f"{views[i].number}. {shorten(views[i].idea.text, 50)}"
            for i in loaded.idea_ids
            if i in views
        ]
        text = (
            self.tr("Dari gagasan: %1").replace("%1", "; ".join(names))
            if names
            else self.tr("Belum terkait dengan gagasan.")
        )
        self._ideas_text = text
        self.ideas_label.setToolTip(plain_tip(text))  # participants' text, never markup
        self._elide_ideas()

    def _elide_ideas(self) -> None:
        """One line, whatever the number of ideas: the whole list is in the tooltip."""
        self.ideas_label.setText(
            self.ideas_label.fontMetrics().elidedText(
                self._ideas_text,
                Qt.TextElideMode.ElideRight,
                max(200, self.ideas_label.width()),
            )
        )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide_ideas()

    def _mark_dirty(self) -> None:
        self.message.show_warning(self.tr("Ada perubahan yang belum disimpan."))

    # -- shortcuts for tests and the window ------------------------------------------------

    @property
    def actions_table(self):
        return self.form.actions_table

    @property
    def add_action_button(self):
        return self.form.add_action_button

    @property
    def date_delegate(self):
        return self.form.date_delegate

    def show_actions(self) -> None:
        self.form.go_to(ACTIONS_STEP)

    # -- actions ---------------------------------------------------------------------------

    def add_innovation(self) -> bool:
        """A new innovation from the OPD's chosen (counted) ideas, linked to them."""
        if self.store is None or self.opd_id is None or not self.save_if_changed():
            return False
        chosen = [
            v.idea.id for v in self.service.list_ideas(self.opd_id) if v.idea.chosen and v.counted
        ]
        try:
            innovation = self.store.add(self.opd_id, self.new_name.text(), idea_ids=chosen)
        except LabinovasiError as error:
            self.message.show_warning(str(error))
            return False
        self.new_name.clear()
        self.form.load(innovation)
        self.refresh()
        self.form.go_to(0)
        self.message.show_ok(self.tr("Inovasi ditambahkan."))
        notify(Change(designs=True, opd_ids=frozenset({self.opd_id})))
        return True

    def has_changes(self) -> bool:
        if self.form.loaded is None:
            return False
        try:
            return bool(self.form.changes() or self.form.actions_changed())
        except ValueError:  # an unreadable date: unsaved, and save() says why
            return True

    def save_if_changed(self) -> bool:
        """Auto-save when the user leaves the form; True when nothing is left unsaved."""
        return self.save() if self.has_changes() else True

    def save(self) -> bool:
        before = self.form.loaded
        if self.store is None or before is None:
            return False
        try:
            changes = self.form.changes()
            actions = self.form.steps() if self.form.actions_changed() else None
        except ValueError:  # a date cell holds what the date editor would not have taken
            self.message.show_warning(
                self.tr("Tanggal rencana aksi tidak dikenali: tulis HH-BB-TTTT, mis. 31-01-2027.")
            )
            return False
        if not changes and actions is None:
            self.message.show_ok(self.tr("Tidak ada perubahan."))
            return True
        try:
            if changes and self.year_rules is not None:
                from labinovasi.services.iga_profile import check_year_values

                changes = check_year_values(self.year_rules, changes)
            if changes:
                self.store.set_fields(before.id, changes)
            if actions is not None:
                self.store.set_actions(before.id, actions)
        except LabinovasiError as error:
            self.message.show_warning(str(error))
            return False
        saved = self.store.get(before.id)
        self.form.load(saved, self.store.history(saved.id))
        self._show_progress()
        self.message.show_ok(self.tr("Profil inovasi tersimpan."))
        record(
            self.undo_stack,
            InnovationSaveCommand(
                self.service,
                before,
                saved,
                list(changes),
                actions is not None,
                self.tr("simpan profil inovasi \u201c%1\u201d").replace("%1", shorten(saved.name)),
            ),
        )
        return True
