"""Preferences: one editor per entry of the typed settings schema, each described in the user's language."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from meetingkit.ui.file_dialogs import FileKind, open_file
from meetingkit.ui.settings import BY_KEY, Settings
from meetingkit.ui.views.outcomes_view import language_name


class PreferencesDialog(QDialog):
    """OK writes what changed (only values that differ from defaults reach the file)."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(560)

        self.author = QLineEdit(settings.author_name, self)
        self.author.setPlaceholderText(self.tr("Your name"))
        self.template = QLineEdit(str(settings.default_template or ""), self)
        self.template.setPlaceholderText(self.tr("Built-in template"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._choose_template)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        template_row.addWidget(browse)
        self.long_side = QSpinBox(self)
        self.long_side.setRange(
            BY_KEY["photo_long_side"].minimum or 1, BY_KEY["photo_long_side"].maximum or 10000
        )
        self.long_side.setSingleStep(256)
        self.long_side.setSuffix(self.tr(" px"))
        self.long_side.setValue(settings.photo_long_side)
        self.quality = QSpinBox(self)
        self.quality.setRange(BY_KEY["jpeg_quality"].minimum or 1, BY_KEY["jpeg_quality"].maximum or 100)
        self.quality.setValue(settings.jpeg_quality)
        self.app_language = QComboBox(self)
        for code in BY_KEY["app_language"].choices:
            self.app_language.addItem(language_name(code), code)
        self.app_language.setCurrentIndex(max(0, self.app_language.findData(settings.app_language)))
        self.document_language = QComboBox(self)
        for code in BY_KEY["document_language"].choices:
            self.document_language.addItem(language_name(code), code)
        self.document_language.setCurrentIndex(
            max(0, self.document_language.findData(settings.document_language))
        )

        form = QFormLayout()
        rows = (
            ("author_name", self.tr("Author name:"), self.author),
            ("default_template", self.tr("Word template:"), template_row),
            ("photo_long_side", self.tr("Photo size in the pack:"), self.long_side),
            ("jpeg_quality", self.tr("JPEG quality:"), self.quality),
            ("app_language", self.tr("Interface language:"), self.app_language),
            ("document_language", self.tr("Document language:"), self.document_language),
        )
        for key, label, editor in rows:
            form.addRow(label, editor)
            hint = QLabel(BY_KEY[key].translated_description(), self)
            hint.setWordWrap(True)
            hint.setEnabled(False)  # the palette's muted colour
            form.addRow("", hint)
            if isinstance(editor, QWidget):
                editor.setToolTip(hint.text())
                editor.setAccessibleDescription(hint.text())
        self.restart_note = QLabel(self.tr("The interface language changes when meetingkit restarts."), self)
        self.restart_note.setVisible(False)
        self.app_language.currentIndexChanged.connect(
            lambda: self.restart_note.setVisible(self.app_language.currentData() != settings.app_language)
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.restart_note)
        layout.addWidget(buttons)

    def _choose_template(self) -> None:
        path = open_file(
            self,
            FileKind.TEMPLATES,
            self.tr("Word template"),
            self.tr("Word documents (*.docx)"),
            self.template.text(),
        )
        if path is not None:
            self.template.setText(str(path))

    def restore_defaults(self) -> None:
        self.author.setText(BY_KEY["author_name"].default)
        self.template.setText(BY_KEY["default_template"].default)
        self.long_side.setValue(BY_KEY["photo_long_side"].default)
        self.quality.setValue(BY_KEY["jpeg_quality"].default)
        self.app_language.setCurrentIndex(self.app_language.findData(BY_KEY["app_language"].default))
        self.document_language.setCurrentIndex(
            self.document_language.findData(BY_KEY["document_language"].default)
        )

    def accept(self) -> None:
        values = {
            "author_name": self.author.text().strip(),
            "default_template": self.template.text().strip(),
            "photo_long_side": self.long_side.value(),
            "jpeg_quality": self.quality.value(),
            "app_language": str(self.app_language.currentData()),
            "document_language": str(self.document_language.currentData()),
        }
        for key, value in values.items():
            self.settings.set_value(key, value)
        super().accept()
