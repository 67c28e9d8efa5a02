"""Forms for one participant and one organisation, typed in by hand (new, or edited)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

# Called with the form's fields on OK: None when saved, else the sentence to show (the form stays open).
Apply = Callable[[dict[str, str]], str | None]


class _FieldsDialog(QDialog):
    def __init__(self, title: str, apply: Apply, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._apply = apply
        self._edits: dict[str, QLineEdit] = {}
        self.form = QFormLayout()
        self.error = QLabel(self)
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def _field(self, key: str, label: str, value: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(value, self)
        edit.setAccessibleName(accessible)
        self.form.addRow(label, edit)
        self._edits[key] = edit
        return edit

    def values(self) -> dict[str, str]:
        return {key: edit.text().strip() for key, edit in self._edits.items()}

    def accept(self) -> None:
        problem = self._apply(self.values())
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        super().accept()


class PersonDialog(_FieldsDialog):
    """Name, organisation (completed from the event's), title and e-mail of one participant."""

    def __init__(
        self,
        apply: Apply,
        organisations: Sequence[str],
        values: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        values = values or {}
        super().__init__(self.tr("Edit participant") if values else self.tr("Add participant"), apply, parent)
        self.name = self._field("name", self.tr("&Name:"), values.get("name", ""), self.tr("Name"))
        self.organisation = self._field(
            "organisation", self.tr("&Organisation:"), values.get("organisation", ""), self.tr("Organisation")
        )
        completer = QCompleter(list(organisations), self.organisation)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organisation.setCompleter(completer)
        self.title_edit = self._field("title", self.tr("&Title:"), values.get("title", ""), self.tr("Title"))
        self.email = self._field("email", self.tr("&E-mail:"), values.get("email", ""), self.tr("E-mail"))
        self.email.setPlaceholderText("name@example.org")


class OrganisationDialog(_FieldsDialog):
    """Name, kind (city, network, agency…) and country of one organisation."""

    def __init__(
        self, apply: Apply, values: dict[str, str] | None = None, parent: QWidget | None = None
    ) -> None:
        values = values or {}
        super().__init__(
            self.tr("Edit organisation") if values else self.tr("Add organisation"), apply, parent
        )
        self.name = self._field("name", self.tr("&Name:"), values.get("name", ""), self.tr("Name"))
        self.kind = self._field("kind", self.tr("&Kind:"), values.get("kind", ""), self.tr("Kind"))
        self.kind.setPlaceholderText(self.tr("city, network, agency…"))
        self.country = self._field(
            "country", self.tr("&Country:"), values.get("country", ""), self.tr("Country")
        )
