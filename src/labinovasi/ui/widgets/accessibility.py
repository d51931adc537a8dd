"""Accessible names and descriptions for every control, as a screen reader reads them.

One rule, in one place: a control that takes the keyboard focus has a name (what it is) and an
input field also has a description (what to type into it). Most are derived from what the
screen already shows a sighted person: the label whose buddy the control is, the form row's
label, the placeholder, the tooltip, the group box's title, the tab's title. Names derived here
are re-derived when the language changes (the texts they come from are translated); a name a
window sets itself with `setAccessibleName` is never overwritten.

`install_accessibility(app)` (done by `create_app`) names the controls of every window when it
is shown and again after a change of language; `name_controls(root)` does it for one tree."""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTimeEdit,
    QTreeView,
    QWidget,
)

DERIVED_NAME = "a11yDerivedName"  # dynamic properties: the texts this module set, so a
DERIVED_DESCRIPTION = "a11yDerivedDescription"  # language change re-derives only those
_TAGS = re.compile(r"<[^>]+>")
log = logging.getLogger(__name__)


def is_focusable(widget: QWidget) -> bool:
    return widget.focusPolicy() != Qt.FocusPolicy.NoFocus


def is_qt_part(widget: QWidget) -> bool:
    """Qt's own inner parts of a composite control (a spin box's line edit, a combo box's
    popup list): a screen reader reaches them through their owner, which carries the name."""
    node: QWidget | None = widget
    while node is not None:
        if node.objectName().startswith("qt_"):
            return True
        node = node.parentWidget()
    return False


def is_input_field(widget: QWidget) -> bool:
    """Fields a person types into or picks a value in: their purpose needs a description."""
    if isinstance(widget, (QLineEdit, QAbstractSpinBox, QComboBox)):
        return True
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return not widget.isReadOnly()
    return False


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader announces for `widget` (its own, a buddy label's, a button's
    text), as Qt's accessibility interface reports it."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    return (interface.text(QAccessible.Text.Name) or "").strip()


def spoken_description(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    return (interface.text(QAccessible.Text.Description) or "").strip()


def plain(text: str) -> str:
    """A label's text as spoken: no markup, no mnemonic ampersand, no trailing colon."""
    text = _TAGS.sub(" ", text or "").replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).rstrip(":").strip()


def _buddy_labels(root: QWidget) -> dict[int, str]:
    labels: dict[int, str] = {}
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and plain(label.text()):
            labels.setdefault(id(buddy), plain(label.text()))
    return labels


def _form_label(widget: QWidget) -> str:
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    if isinstance(layout, QFormLayout):
        label = layout.labelForField(widget)
        if isinstance(label, QLabel):
            return plain(label.text())
    return ""


def _layout_holding(layout: QLayout | None, widget: QWidget) -> QLayout | None:
    """The layout, or nested layout, that holds `widget` directly."""
    if layout is None:
        return None
    if layout.indexOf(widget) >= 0:
        return layout
    for index in range(layout.count()):
        inner = _layout_holding(layout.itemAt(index).layout(), widget)
        if inner is not None:
            return inner
    return None


def _heading_above(widget: QWidget) -> str:
    """The text of a label placed just before the control in its layout (a list's heading)."""
    parent = widget.parentWidget()
    layout = _layout_holding(parent.layout(), widget) if parent is not None else None
    if layout is None:
        return ""
    index = layout.indexOf(widget)
    if index <= 0:
        return ""
    before = layout.itemAt(index - 1).widget()
    if isinstance(before, QLabel) and before.buddy() is None:
        return plain(before.text())[:80]
    return ""


def _container_title(widget: QWidget) -> str:
    """The nearest group box's title, else the title of the tab the control sits on."""
    node: QWidget | None = widget
    while node is not None and not QWidget.isWindow(node):
        parent = node.parentWidget()
        if isinstance(parent, QGroupBox) and plain(parent.title()):
            return plain(parent.title())
        tabs = parent.parentWidget() if isinstance(parent, QStackedWidget) else None
        if isinstance(tabs, QTabWidget) and tabs.indexOf(node) >= 0:
            return plain(tabs.tabText(tabs.indexOf(node)))
        node = parent
    return ""


def _tab_titles(widget: QWidget) -> str:
    if not isinstance(widget, QTabWidget):
        return ""
    return ", ".join(plain(widget.tabText(i)) for i in range(widget.count()))


def _kind_hint(widget: QWidget) -> str:
    """What a person does with a field of this kind, for its description."""
    if isinstance(widget, (QDateEdit, QDateTimeEdit)) and not isinstance(widget, QTimeEdit):
        return QCoreApplication.translate("Accessibility", "ketik atau pilih tanggal")
    if isinstance(widget, QTimeEdit):
        return QCoreApplication.translate("Accessibility", "ketik jam")
    if isinstance(widget, QAbstractSpinBox):
        return QCoreApplication.translate("Accessibility", "ketik angka, atau naik-turunkan")
    if isinstance(widget, QComboBox):
        return QCoreApplication.translate("Accessibility", "pilih salah satu dari daftar")
    return QCoreApplication.translate("Accessibility", "ketik teks")


def _placeholder(widget: QWidget) -> str:
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        return plain(widget.placeholderText())
    if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
        return plain(widget.lineEdit().placeholderText())
    return ""


def _header_text(widget: QWidget) -> str:
    if isinstance(widget, QTableView):
        header = widget.horizontalHeader()
    elif isinstance(widget, QTreeView):
        header = widget.header()
    else:
        return ""
    model = widget.model()
    if model is None or header.isHidden():
        return ""
    columns = [
        plain(str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
        for c in range(min(header.count(), 4))
    ]
    return ", ".join(c for c in columns if c)


def _set_name(widget: QWidget, text: str) -> None:
    widget.setAccessibleName(text)
    widget.setProperty(DERIVED_NAME, text)


def _set_description(widget: QWidget, text: str) -> None:
    widget.setAccessibleDescription(text)
    widget.setProperty(DERIVED_DESCRIPTION, text)


def name_control(widget: QWidget, buddies: dict[int, str] | None = None) -> None:
    """Give one focusable control a name and (an input field) a description when it has none
    of its own, from the texts around it on screen."""
    if not is_focusable(widget):
        return
    own_name = widget.accessibleName()
    if own_name and own_name == widget.property(DERIVED_NAME):
        widget.setAccessibleName("")  # derived earlier, perhaps in the other language
        own_name = ""
    own_description = widget.accessibleDescription()
    if own_description and own_description == widget.property(DERIVED_DESCRIPTION):
        widget.setAccessibleDescription("")
        own_description = ""
    tooltip = plain(widget.toolTip())
    placeholder = _placeholder(widget)
    if not own_name and (not spoken_name(widget) or not isinstance(widget, QAbstractButton)):
        if buddies is None:
            buddies = _buddy_labels(QWidget.window(widget))
        for candidate in (
            buddies.get(id(widget), ""),
            _form_label(widget),
            placeholder,
            tooltip,
            plain(widget.whatsThis()),
            _header_text(widget),
            _tab_titles(widget),
            _heading_above(widget),
            _container_title(widget),
        ):
            if candidate:
                _set_name(widget, candidate)
                break
    if own_description or not is_input_field(widget) or spoken_description(widget):
        return
    name = spoken_name(widget)
    for candidate in (tooltip, placeholder, plain(widget.statusTip()), plain(widget.whatsThis())):
        if candidate and candidate != name:
            _set_description(widget, candidate)
            return
    # Nothing on screen says more than the name: where the field is and what it takes.
    section = _container_title(widget)
    hint = _kind_hint(widget)
    _set_description(widget, f"{section}: {hint}" if section and section != name else hint)


def name_controls(root: QWidget) -> None:
    """Name every focusable control under `root` (and `root` itself), visible or not."""
    buddies = _buddy_labels(QWidget.window(root))
    for widget in [root, *root.findChildren(QWidget)]:
        if is_focusable(widget) and not is_qt_part(widget):
            name_control(widget, buddies)


class _Namer(QObject):
    """Names the controls of each window when it is shown and after a language change (once
    the window's own retranslation has run: on the next turn of the event loop)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.Show, QEvent.Type.LanguageChange):
            return False
        if not isinstance(watched, QWidget):
            return False
        try:
            if kind == QEvent.Type.LanguageChange:
                if QWidget.isWindow(watched):
                    QTimer.singleShot(0, watched, lambda: name_controls(watched))
            elif QWidget.isWindow(watched):
                name_controls(watched)
            elif is_focusable(watched) and not watched.accessibleName():
                name_control(watched)
        except RuntimeError:  # a widget deleted meanwhile: nothing left to name
            pass
        except Exception:  # a name never costs the window its event
            log.exception("accessible names of %s", type(watched).__name__)
        return False


_namer: _Namer | None = None


def install_accessibility(app: QApplication) -> None:
    """Name the controls of every window this application shows (once per application)."""
    global _namer
    if _namer is None or _namer.parent() is not app:
        _namer = _Namer(app)
        app.installEventFilter(_namer)


def uninstall_accessibility(app: QApplication) -> None:
    """Stop naming (tests that start the app as `create_app` does leave the rest as found)."""
    global _namer
    if _namer is not None:
        app.removeEventFilter(_namer)
        _namer.deleteLater()
        _namer = None
