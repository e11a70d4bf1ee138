"""My requests as a table model: the cases' ids are read once, sorted by urgency in SQLite, and a
case is read, and a cell's text made, only when the view paints its row (a page of rows at a
time): 10,000 or 100,000 cases open at once."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

if TYPE_CHECKING:
    from assistant.case.rows import CaseSummary
    from assistant.tracker import Tracker

# Marked for translation here, translated when shown (context "CasesView").
COLUMNS = (QT_TRANSLATE_NOOP("CasesView", "Reference"), QT_TRANSLATE_NOOP("CasesView", "Whose request"),
           QT_TRANSLATE_NOOP("CasesView", "Company"), QT_TRANSLATE_NOOP("CasesView", "Request"),
           QT_TRANSLATE_NOOP("CasesView", "Status"), QT_TRANSLATE_NOOP("CasesView", "Next date"))
OVERDUE = QBrush(QColor("#a00000"))
# The tracker names the next date by what it is; %1 is the date.
DUE_TEXT = {"company-limit": QT_TRANSLATE_NOOP("CasesView", "Answer due: %1"),
            "court-possible": QT_TRANSLATE_NOOP("CasesView", "Court possible from: %1")}
STATUS_TEXT = {"draft": QT_TRANSLATE_NOOP("CasesView", "Letter made, not posted"),
               "posted": QT_TRANSLATE_NOOP("CasesView", "Posted"),
               "delivered": QT_TRANSLATE_NOOP("CasesView", "Delivered"),
               "identity-check": QT_TRANSLATE_NOOP("CasesView", "Identity check received"),
               "answered": QT_TRANSLATE_NOOP("CasesView", "Answered"),
               "partly-answered": QT_TRANSLATE_NOOP("CasesView", "Answered in part"),
               "refused": QT_TRANSLATE_NOOP("CasesView", "Refused"),
               "no-answer": QT_TRANSLATE_NOOP("CasesView", "No answer"),
               "closed": QT_TRANSLATE_NOOP("CasesView", "Closed")}
CASE_ID = Qt.ItemDataRole.UserRole
PAGE = 100  # rows read at once as the view shows them


def tr(text: str) -> str:
    """A text marked above, in the interface language."""
    return QCoreApplication.translate("CasesView", text)


class CasesModel(QAbstractTableModel):
    """The tracked cases, the most urgent first."""

    def __init__(self, tracker: "Tracker", today: date, language: Callable[[], str], parent=None):
        super().__init__(parent)
        self.tracker = tracker
        self.today = today
        self._language = language
        self._ids: list[int] = []
        self._read: dict[int, "CaseSummary"] = {}  # the cases read so far, by id
        self._kind_names: dict[tuple[str, ...], str] = {}

    def reload(self) -> None:
        self.beginResetModel()
        self._ids = self.tracker.store.ids_by_urgency(self.today)
        self._read = {}
        self._kind_names = {}
        self.endResetModel()

    def case(self, row: int) -> "CaseSummary | None":
        if not 0 <= row < len(self._ids):
            return None
        case_id = self._ids[row]
        if case_id not in self._read:  # read the page of rows around it in one query
            start = row - row % PAGE
            self._read.update(self.tracker.store.summaries(self._ids[start:start + PAGE]))
        return self._read.get(case_id)

    def row_of(self, case_id: int) -> int:
        return self._ids.index(case_id) if case_id in self._ids else -1

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        case = self.case(index.row())
        if case is None:
            return None
        if role == CASE_ID:
            return case.id
        if role == Qt.ItemDataRole.ForegroundRole:
            return OVERDUE if case.overdue(self.today) else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        column = index.column()
        if column == 0:
            return case.reference
        if column == 1:
            return case.person or "—"
        if column == 2:
            return case.company_name
        if column == 3:
            return self._kinds(case.kinds)
        if column == 4:
            return tr(STATUS_TEXT[case.status]) if case.status in STATUS_TEXT else case.status
        return self._when(case)

    def _when(self, case: "CaseSummary") -> str:
        due = case.next_due(self.today) if case.is_open() else None
        if not due:
            return "—"
        said = tr(DUE_TEXT[due.what]) if due.what in DUE_TEXT else f"{due.label}: %1"
        late = QCoreApplication.translate("CasesView", " (overdue)") if case.overdue(self.today) else ""
        return said.replace("%1", due.day.isoformat()) + late

    def _kinds(self, kinds: tuple[str, ...]) -> str:
        """The kinds of request as the interface names them (the tracker keeps their keys),
        from the labels' data as it is kept parsed: the first paint builds no model classes."""
        if kinds not in self._kind_names:
            self._kind_names[kinds] = kind_names(kinds, self._language())
        return self._kind_names[kinds]


def kind_names(kinds: tuple[str, ...], language: str) -> str:
    """'保有個人データの開示、…' — forms/labels.yaml's names, joined as the checklist joins them."""
    from assistant.io.own_yaml import read_own_yaml
    from assistant.io.paths import forms_dir

    labels = read_own_yaml(forms_dir() / "labels.yaml")["request_kinds"]  # type: ignore[index]
    wording = forms_dir() / "checklist" / f"{language}.yaml"
    words = read_own_yaml(wording if wording.is_file() else wording.with_name("en.yaml"))
    names = [(labels.get(k) or {}).get(language) or (labels.get(k) or {}).get("en") or k for k in kinds]
    return words["sep"]["parts"].join(names)  # type: ignore[index]
