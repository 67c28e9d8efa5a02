"""Participants and organisations: a searchable table edited in place, CSV import with a preview, roles per session."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.model import Role
from meetingkit.ui.commands import SetSessionPeople
from meetingkit.ui.dialogs.people import OrganisationDialog, PersonDialog
from meetingkit.ui.dialogs.programme_import import CsvImportDialog
from meetingkit.ui.document import EventDocument
from meetingkit.ui.models.participants_model import (
    COL_EMAIL,
    COL_NAME,
    COL_ORGANISATION,
    COL_ROLES,
    COL_TITLE,
    ParticipantsFilter,
    ParticipantsModel,
    role_label,
)
from meetingkit.ui.organiser_commands import (
    AddOrganisation,
    AddPerson,
    DeleteOrganisation,
    DeletePerson,
    EditOrganisation,
    EditPerson,
)
from meetingkit.ui.qt_types import top_level_item
from meetingkit.ui.settings import Settings
from meetingkit.ui.views.common import fit_columns, session_labels
from meetingkit.ui.views.delegates import CompletingDelegate
from meetingkit.ui.widgets.in_place_edit import InPlaceDelegate


class ParticipantsView(QWidget):
    def __init__(self, document: EventDocument, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.settings = settings
        self.setObjectName("participantsView")
        self.import_dialog: CsvImportDialog | None = None
        self.confirmation: QMessageBox | None = None

        title = QLabel(self.tr("Participants and organisations"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by name, organisation, title, e-mail or session…"))
        self.search.setAccessibleName(self.tr("Search participants"))
        self.search.setClearButtonEnabled(True)
        self.import_button = QPushButton(self.tr("Import from CSV…"), self)
        self.import_button.setToolTip(self.tr("Add or update participants from a spreadsheet saved as CSV"))
        self.import_button.clicked.connect(self.open_import)
        self.import_button.setEnabled(not document.read_only)
        self.person_dialog: PersonDialog | None = None
        self.organisation_dialog: OrganisationDialog | None = None
        self.add_button = QPushButton(self.tr("Add participant…"), self)
        self.add_button.setToolTip(self.tr("Type in one participant by hand"))
        self.add_button.clicked.connect(self.open_add_person)
        self.add_button.setEnabled(not document.read_only)
        self.edit_button = QPushButton(self.tr("Edit participant…"), self)
        self.edit_button.clicked.connect(self.open_edit_person)
        self.edit_button.setEnabled(False)
        self.delete_button = QPushButton(self.tr("Delete participant…"), self)
        self.delete_button.setToolTip(self.tr("Remove the selected participant and their roles in sessions"))
        self.delete_button.clicked.connect(self.ask_delete_person)
        self.delete_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        top.addWidget(self.import_button)

        self.model = ParticipantsModel(document, self)
        self.proxy = ParticipantsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.set_text)
        self.table = QTableView(self)
        self.table.setObjectName("participantsTable")
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setToolTip(self.tr("Double-click or press F2 to edit; Delete removes the participant"))
        self.table.setItemDelegate(InPlaceDelegate(self.table))
        self.organisation_delegate = CompletingDelegate(
            lambda: [o.name for o in document.store.organisations()], self.table
        )
        self.table.setItemDelegateForColumn(COL_ORGANISATION, self.organisation_delegate)
        self.delete_action = QAction(self.tr("Delete participant…"), self.table)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.ask_delete_person)
        self.table.addAction(self.delete_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.verticalHeader().setVisible(False)
        fit_columns(
            self.table, COL_ROLES, {COL_NAME: 170, COL_ORGANISATION: 170, COL_TITLE: 150, COL_EMAIL: 180}
        )
        self.table.selectionModel().currentRowChanged.connect(self._person_changed)

        # Roles of the selected person, session by session.
        self.person_label = QLabel(self.tr("Select a participant to see and edit their roles."), self)
        self.person_label.setWordWrap(True)
        self.roles = QListWidget(self)
        self.roles.setObjectName("personRoles")
        self.roles.setAccessibleName(self.tr("Roles in sessions"))
        self.session_combo = QComboBox(self)
        self.session_combo.setAccessibleName(self.tr("Session"))
        self.role_combo = QComboBox(self)
        self.role_combo.setAccessibleName(self.tr("Role"))
        for role in Role:
            self.role_combo.addItem(role_label(role), role.value)
        self.add_role_button = QPushButton(self.tr("Add role"), self)
        self.add_role_button.clicked.connect(self.add_role)
        self.remove_role_button = QPushButton(self.tr("Remove role"), self)
        self.remove_role_button.clicked.connect(self.remove_role)
        add_row = QHBoxLayout()
        add_row.addWidget(self.session_combo, 1)
        add_row.addWidget(self.role_combo)
        add_row.addWidget(self.add_role_button)
        roles_panel = QWidget(self)
        roles_layout = QVBoxLayout(roles_panel)
        roles_layout.setContentsMargins(0, 0, 0, 0)
        roles_layout.addWidget(self.person_label)
        roles_layout.addWidget(self.roles, 1)
        roles_layout.addLayout(add_row)
        roles_layout.addWidget(self.remove_role_button, 0, Qt.AlignmentFlag.AlignRight)
        self._set_roles_enabled(False)

        people_page = QSplitter(Qt.Orientation.Horizontal, self)
        people_page.addWidget(self.table)
        people_page.addWidget(roles_panel)
        people_page.setStretchFactor(0, 3)
        people_page.setStretchFactor(1, 1)

        self.organisations = QTreeWidget(self)
        self.organisations.setObjectName("organisationList")
        self.organisations.setAccessibleName(self.tr("Organisations"))
        self.organisations.setHeaderLabels(
            [self.tr("Organisation / participant"), self.tr("Kind"), self.tr("Country")]
        )
        self.organisations.setAlternatingRowColors(True)
        self.organisations.currentItemChanged.connect(self._organisation_changed)
        self.organisations.itemActivated.connect(lambda *_: self.open_edit_organisation())
        self.add_organisation_button = QPushButton(self.tr("Add organisation…"), self)
        self.add_organisation_button.clicked.connect(self.open_add_organisation)
        self.add_organisation_button.setEnabled(not document.read_only)
        self.edit_organisation_button = QPushButton(self.tr("Edit organisation…"), self)
        self.edit_organisation_button.clicked.connect(self.open_edit_organisation)
        self.delete_organisation_button = QPushButton(self.tr("Delete organisation"), self)
        self.delete_organisation_button.setToolTip(
            self.tr("Its participants keep the organisation's name; you can undo this")
        )
        self.delete_organisation_button.clicked.connect(self.delete_organisation)
        organisation_buttons = QHBoxLayout()
        organisation_buttons.addStretch(1)
        for button in (
            self.add_organisation_button,
            self.edit_organisation_button,
            self.delete_organisation_button,
        ):
            organisation_buttons.addWidget(button)
        organisations_page = QWidget(self)
        organisations_layout = QVBoxLayout(organisations_page)
        organisations_layout.setContentsMargins(0, 0, 0, 0)
        organisations_layout.addWidget(self.organisations, 1)
        organisations_layout.addLayout(organisation_buttons)
        self._organisation_changed()

        self.tabs = QTabWidget(self)
        self.tabs.addTab(people_page, self.tr("Participants"))
        self.tabs.addTab(organisations_page, self.tr("Organisations"))
        self.summary = QLabel(self)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)

        document.people_changed.connect(self._refresh_lists)
        for signal in (document.session_added, document.session_changed, document.session_removed):
            signal.connect(self._refresh_lists)
        document.reloaded.connect(self._refresh_lists)
        self._refresh_lists()

    # ---------------------------------------------------------------- lists

    def _refresh_lists(self, *_: object) -> None:
        if self.document.closed:
            return
        store = self.document.store
        current = self.session_combo.currentData()
        self.session_combo.clear()
        for session_id, label in session_labels(store).items():
            self.session_combo.addItem(label, session_id)
        self.session_combo.setCurrentIndex(max(0, self.session_combo.findData(current)))

        people = store.people()
        organisations = store.organisations()
        current_organisation = self.current_organisation_id()
        self.organisations.clear()
        members: dict[str, list[str]] = {}
        for person in people:
            members.setdefault(person.organisation.casefold(), []).append(person.name)
        for organisation in organisations:
            names = members.get(organisation.name.casefold(), [])
            node = QTreeWidgetItem(
                [f"{organisation.name} ({len(names)})", organisation.kind, organisation.country]
            )
            node.setData(0, Qt.ItemDataRole.UserRole, organisation.id)
            for name in names:
                node.addChild(QTreeWidgetItem([name]))
            self.organisations.addTopLevelItem(node)
            if organisation.id == current_organisation:
                self.organisations.setCurrentItem(node)
        fit_columns(self.organisations, 0)
        self._organisation_changed()
        self.summary.setText(
            self.tr("%n participant(s)", "", len(people))
            + " · "
            + self.tr("%n organisation(s)", "", len(organisations))
        )
        self._person_changed(self.table.currentIndex())

    def _set_roles_enabled(self, on: bool) -> None:
        editable = on and not self.document.read_only
        for widget in (self.session_combo, self.role_combo, self.add_role_button, self.remove_role_button):
            widget.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        self.edit_button.setEnabled(editable)
        self.delete_action.setEnabled(editable)

    def current_person_row(self) -> int:
        index = self.table.currentIndex()
        return self.proxy.mapToSource(index).row() if index.isValid() else -1

    def select_person(self, name: str) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.person(row).name == name:
                index = self.proxy.mapFromSource(self.model.index(row, COL_NAME))
                self.table.setCurrentIndex(index)
                return index.isValid()
        return False

    def _person_changed(self, index: QModelIndex, *_: object) -> None:
        self.roles.clear()
        row = self.proxy.mapToSource(index).row() if index.isValid() else -1
        if row < 0:
            self._set_roles_enabled(False)
            return
        person = self.model.person(row)
        self.person_label.setText(
            self.tr("Roles of %1").replace("%1", person.name)
            + (f" ({person.organisation})" if person.organisation else "")
        )
        labels = session_labels(self.document.store)
        for session_id, role, _title in self.model.roles(row):
            entry = QListWidgetItem(f"{role_label(role)} · {labels.get(session_id, _title)}")
            entry.setData(Qt.ItemDataRole.UserRole, (session_id, role.value))
            self.roles.addItem(entry)
        self._set_roles_enabled(True)

    # ---------------------------------------------------------------- roles

    def add_role(self) -> bool:
        row = self.current_person_row()
        session_id = self.session_combo.currentData()
        if row < 0 or not session_id:
            return False
        person = self.model.person(row)
        role = Role(self.role_combo.currentData())
        session = self.document.store.session(str(session_id))
        people = [(p.name, p.role) for p in session.people]
        if (person.name, role) in [(n, r) for n, r in people]:
            return False
        people.append((person.name, role))
        return self.document.push(SetSessionPeople(self.document, session.id, people))

    def remove_role(self) -> bool:
        row = self.current_person_row()
        entry = self.roles.currentItem()
        if row < 0 or entry is None:
            return False
        session_id, role_value = entry.data(Qt.ItemDataRole.UserRole)
        person = self.model.person(row)
        session = self.document.store.session(session_id)
        people = [
            (p.name, p.role)
            for p in session.people
            if not (p.name.casefold() == person.name.casefold() and p.role.value == role_value)
        ]
        return self.document.push(SetSessionPeople(self.document, session.id, people))

    # ---------------------------------------------------------------- deleting a participant

    def delete_person(self, person_id: str) -> bool:
        if self.document.read_only:
            return False
        return self.document.push(DeletePerson(self.document, person_id))

    def ask_delete_person(self) -> QMessageBox | None:
        """Ask before deleting the selected participant (without blocking: the answer comes by signal)."""
        row = self.current_person_row()
        if row < 0 or self.document.read_only or self.table.state() == QAbstractItemView.State.EditingState:
            return None
        person = self.model.person(row)
        sessions = len({session_id for session_id, _role, _title in self.model.roles(row)})
        text = self.tr("Delete %1 from the participants?").replace("%1", person.name)
        if sessions:
            text += " " + self.tr("Their roles in %n session(s) go too.", "", sessions)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete participant"), text, parent=self)
        box.setInformativeText(self.tr("You can undo this."))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered() -> None:
            self.confirmation = None
            if box.clickedButton() is delete:
                self.delete_person(person.id)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            box.deleteLater()

        box.finished.connect(answered)
        self.confirmation = box
        box.open()
        return box

    # ---------------------------------------------------------------- typing people in by hand

    def _check_person(self, values: dict[str, str], person_id: str | None) -> str | None:
        if not values["name"]:
            return self.tr("Give the participant a name.")
        taken = [p for p in self.document.store.people() if p.name.casefold() == values["name"].casefold()]
        if any(p.id != person_id for p in taken):
            return self.tr("%1 is already in the participants list.").replace("%1", values["name"])
        if values["email"] and "@" not in values["email"]:
            return self.tr("%1 is not an e-mail address.").replace("%1", values["email"])
        return None

    def _organisation_names(self) -> list[str]:
        return [o.name for o in self.document.store.organisations()]

    def open_add_person(self) -> PersonDialog | None:
        if self.document.read_only:
            return None

        def apply(values: dict[str, str]) -> str | None:
            problem = self._check_person(values, None)
            if problem is None and self.document.push(AddPerson(self.document, values)):
                self.search.clear()  # the new participant is in view, whatever was searched
                self.select_person(values["name"])
            return problem

        return self._open_person_dialog(PersonDialog(apply, self._organisation_names(), parent=self))

    def open_edit_person(self) -> PersonDialog | None:
        row = self.current_person_row()
        if row < 0 or self.document.read_only:
            return None
        person = self.model.person(row)
        before = {
            "name": person.name,
            "organisation": person.organisation,
            "title": person.title,
            "email": person.email,
        }

        def apply(values: dict[str, str]) -> str | None:
            problem = self._check_person(values, person.id)
            changes = {k: v for k, v in values.items() if before[k] != v}
            if problem is None and changes:
                self.document.push(EditPerson(self.document, person.id, changes))
            return problem

        return self._open_person_dialog(PersonDialog(apply, self._organisation_names(), before, self))

    def _open_person_dialog(self, dialog: PersonDialog) -> PersonDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.person_dialog = dialog
        return dialog

    def current_organisation_id(self) -> str | None:
        item = self.organisations.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()  # a participant under an organisation stands for it
        value = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return str(value) if value else None

    def select_organisation(self, name: str) -> bool:
        for n in range(self.organisations.topLevelItemCount()):
            item = top_level_item(self.organisations, n)
            organisation_id = item.data(0, Qt.ItemDataRole.UserRole)
            if any(o.id == organisation_id and o.name == name for o in self.document.store.organisations()):
                self.organisations.setCurrentItem(item)
                return True
        return False

    def _organisation_changed(self, *_: object) -> None:
        on = self.current_organisation_id() is not None and not self.document.read_only
        self.edit_organisation_button.setEnabled(on)
        self.delete_organisation_button.setEnabled(on)

    def _check_organisation(self, values: dict[str, str], organisation_id: str | None) -> str | None:
        if not values["name"]:
            return self.tr("Give the organisation a name.")
        taken = [
            o for o in self.document.store.organisations() if o.name.casefold() == values["name"].casefold()
        ]
        if any(o.id != organisation_id for o in taken):
            return self.tr("%1 is already in the organisations list.").replace("%1", values["name"])
        return None

    def open_add_organisation(self) -> OrganisationDialog | None:
        if self.document.read_only:
            return None

        def apply(values: dict[str, str]) -> str | None:
            problem = self._check_organisation(values, None)
            if problem is None and self.document.push(AddOrganisation(self.document, values)):
                self.select_organisation(values["name"])
            return problem

        return self._open_organisation_dialog(OrganisationDialog(apply, parent=self))

    def open_edit_organisation(self) -> OrganisationDialog | None:
        organisation_id = self.current_organisation_id()
        if organisation_id is None or self.document.read_only:
            return None
        organisation = next(o for o in self.document.store.organisations() if o.id == organisation_id)
        before = {"name": organisation.name, "kind": organisation.kind, "country": organisation.country}

        def apply(values: dict[str, str]) -> str | None:
            problem = self._check_organisation(values, organisation_id)
            if problem is None and values != before:
                self.document.push(EditOrganisation(self.document, organisation_id, values))
            return problem

        return self._open_organisation_dialog(OrganisationDialog(apply, before, self))

    def _open_organisation_dialog(self, dialog: OrganisationDialog) -> OrganisationDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.organisation_dialog = dialog
        return dialog

    def delete_organisation(self) -> bool:
        organisation_id = self.current_organisation_id()
        if organisation_id is None or self.document.read_only:
            return False
        return self.document.push(DeleteOrganisation(self.document, organisation_id))

    # ---------------------------------------------------------------- import

    def open_import(self) -> CsvImportDialog:
        self.import_dialog = CsvImportDialog(self.document, "participants", self)
        self.import_dialog.open()
        return self.import_dialog
