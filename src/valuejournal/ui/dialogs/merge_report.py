"""The report after merging another copy of the journal: what came from where, per kind.

`MergeReportDialog.ask(parent, outcome, offer_move=True)` shows it and returns True when the
person chose to move the merged copy aside (it is never moved or deleted otherwise).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from valuejournal.core import tombstone as kinds
from valuejournal.core.merge_report import KIND_ORDER, KindCounts
from valuejournal.core.tombstone import CLIENT, COMMENT, MOOD, REFLECTION, SESSION
from valuejournal.ui.i18n import tr

if TYPE_CHECKING:
    from valuejournal.store.merge import MergeOutcome


def kind_labels() -> dict[str, str]:
    """The kinds of record as the report names them."""
    return {
        SESSION: tr("Sessions"),
        CLIENT: tr("Clients"),
        kinds.PROJECT: tr("Projects"),
        kinds.INVOICE: tr("Invoices"),
        REFLECTION: tr("Reflections"),
        kinds.CANVAS: tr("Canvases"),
        kinds.SKILL: tr("Skill tags"),
        kinds.WEEKLY: tr("Weekly reviews"),
        kinds.RATE: tr("Exchange rates"),
        COMMENT: tr("Comments"),
        MOOD: tr("Mood entries"),
    }


def column_labels() -> list[tuple[str, str]]:
    """The report's columns: a `KindCounts` field and its heading."""
    return [
        ("added", tr("Added from\nthe other copy")),
        ("updated", tr("Updated\nfrom it")),
        ("kept", tr("Kept from\nthis one")),
        ("deleted", tr("Deleted (deleted\nin the other copy)")),
        ("not_restored", tr("Not brought back\n(deleted here)")),
        ("conflicts", tr("Conflicts\nresolved")),
        ("unchanged", tr("Unchanged")),
    ]


def _count(counts: KindCounts, name: str) -> int:
    if name == "unchanged":
        return counts.same + counts.only_here
    value: int = getattr(counts, name)
    return value


class MergeReportDialog(QDialog):
    """The merge report: a table of counts, notes, the backup, and a choice for the copy."""

    def __init__(self, parent: QWidget | None, outcome: MergeOutcome, offer_move: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Merge report"))
        self.move_chosen = False
        layout = QVBoxLayout(self)
        report = outcome.plan.report
        if report.changes or report.tombstones_added:
            head = tr("Merged “{other}” into “{journal}”.")
        else:
            head = tr("“{other}” holds nothing that “{journal}” lacks: nothing changed.")
        self.heading = QLabel(head.format(other=outcome.other.name, journal=outcome.journal.name))
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.table = self._table(report.counts)
        layout.addWidget(self.table)
        lines = list(report.notes)
        if report.tombstones_added:
            lines.append(
                tr("Deletions remembered from the other copy: {n}").format(
                    n=report.tombstones_added
                )
            )
        if not outcome.same_journal:
            lines.append(tr("The other file is another journal, not a copy of this one."))
        if outcome.backup is not None and not outcome.plan.changes.empty:
            lines.append(
                tr("A backup was made first: {path}. Edit → Undo takes the merge back.").format(
                    path=outcome.backup
                )
            )
        self.notes = QLabel("\n".join(lines))
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes.setVisible(bool(lines))
        layout.addWidget(self.notes)
        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)
        self.move_button: QPushButton | None = None
        if offer_move:
            self.move_button = buttons.addButton(
                tr("&Move the copy aside"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.move_button.setToolTip(
                tr("Into the folder “Merged conflict copies” beside it; nothing is deleted")
            )
            self.move_button.clicked.connect(self._move)
        layout.addWidget(buttons)
        (self.move_button or self.close_button).setDefault(True)
        (self.move_button or self.close_button).setFocus()
        self.adjustSize()

    def _table(self, counts: dict[str, KindCounts]) -> QTableWidget:
        columns = column_labels()
        labels = kind_labels()
        table = QTableWidget(len(KIND_ORDER), len(columns))
        table.setHorizontalHeaderLabels([heading for _name, heading in columns])
        table.setVerticalHeaderLabels([labels[kind] for kind in KIND_ORDER])
        for row, kind in enumerate(KIND_ORDER):
            for col, (name, _heading) in enumerate(columns):
                item = QTableWidgetItem(str(_count(counts[kind], name)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                table.setItem(row, col, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        frame = 2 * table.frameWidth()
        table.setMinimumSize(
            table.verticalHeader().sizeHint().width() + header.length() + frame,
            header.sizeHint().height() + table.verticalHeader().length() + frame,
        )
        return table

    def _move(self) -> None:
        self.move_chosen = True
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, outcome: MergeOutcome, offer_move: bool = True) -> bool:
        """Show the report; True when the person chose to move the merged copy aside."""
        dialog = cls(parent, outcome, offer_move)
        dialog.exec()
        chosen = dialog.move_chosen
        dialog.deleteLater()
        return chosen
