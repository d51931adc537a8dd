"""The drum-up idea list as a Qt model: rows are the OPD's IdeaViews, fetched into the view in
batches as it scrolls (no item objects per cell, so an OPD of thousands opens at once)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from labinovasi.services import IdeaView
from labinovasi.ui import style

IDEA_ID_ROLE = Qt.ItemDataRole.UserRole
COL_NUMBER, COL_TEXT, COL_AUTHOR, COL_PROBLEM, COL_STATUS = range(5)
BATCH = 200  # rows handed to the view at a time


class IdeaListModel(QAbstractTableModel):
    """No., Gagasan, Pengusul, Masalah, Status; `status_text(view)` words the last column."""

    def __init__(self, status_text: Callable[[IdeaView], str], parent=None):
        super().__init__(parent)
        self._views: list[IdeaView] = []
        self._shown = 0  # rows fetched into the view so far
        self._status_text = status_text
        self._headers = [""] * 5

    def set_views(self, views: list[IdeaView], at_least: int = 0) -> None:
        """All of the OPD's ideas; the first batch (or `at_least` rows) is shown at once."""
        self.beginResetModel()
        self._views = list(views)
        self._shown = min(len(self._views), max(BATCH, at_least))
        self.endResetModel()

    def append_views(self, views: list[IdeaView]) -> None:
        """Ideas added after the last one (a change notice's `added_ideas`): appended, and
        shown at once when every earlier row is shown already."""
        if not views:
            return
        if self._shown < len(self._views):  # rows not fetched yet: these wait behind them
            self._views.extend(views)
            return
        first = len(self._views)
        self.beginInsertRows(QModelIndex(), first, first + len(views) - 1)
        self._views.extend(views)
        self._shown = len(self._views)
        self.endInsertRows()

    def holds(self, idea_id: str) -> bool:
        """Whether the idea is one of the model's rows (the newest are looked at first)."""
        return any(view.idea.id == idea_id for view in reversed(self._views))

    def set_headers(self, labels: list[str]) -> None:
        self._headers = list(labels)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(labels) - 1)

    def view(self, row: int) -> IdeaView | None:
        return self._views[row] if 0 <= row < len(self._views) else None

    def row_of(self, idea_id: str | None) -> int:
        """The idea's row (fetching up to it), or -1. From the end: the idea looked for is
        most often the one just added."""
        for row in range(len(self._views) - 1, -1, -1):
            if self._views[row].idea.id == idea_id:
                while row >= self._shown and self.canFetchMore(QModelIndex()):
                    self.fetchMore(QModelIndex())
                return row
        return -1

    # -- Qt's model interface --------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._shown < len(self._views)

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = min(BATCH, len(self._views) - self._shown)
        if more > 0:
            self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
            self._shown += more
            self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self._shown:
            return None
        view = self._views[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            idea = view.idea
            return [
                str(view.number),
                idea.text,
                idea.author,
                idea.problem,
                self._status_text(view),
            ][column]
        if role == IDEA_ID_ROLE:
            return view.idea.id
        if role == Qt.ItemDataRole.ForegroundRole and not view.counted:
            return style.MUTED
        if (
            role == Qt.ItemDataRole.FontRole
            and view.idea.withdrawn
            and column in (COL_TEXT, COL_AUTHOR, COL_PROBLEM)
        ):
            font = QFont()
            font.setStrikeOut(True)  # kept and shown, visibly not counted
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_NUMBER:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
