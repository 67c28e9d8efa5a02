"""Puts the organiser and staff pages, their dialogs and menu entries into a main window."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from meetingkit.ui.document import EventDocument
from meetingkit.ui.settings import Settings


class _Window(Protocol):
    """What install_views needs of the main window (meetingkit.ui.main_window.MainWindow)."""

    actions: Any

    def add_view(self, key: str, title: str, widget: QWidget, icon_name: str = "") -> QAction: ...
    def show_item(self, item_id: str) -> bool: ...


class _Shutdown(QObject):
    """Waits for the pages' workers before the window closes (and with it the document)."""

    def __init__(self, window: QObject, views: list[Any]) -> None:
        super().__init__(window)
        self._views = views

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            for view in self._views:
                view.shutdown()
        return False


def install_views(window: _Window, document: EventDocument, settings: Settings | None) -> dict[str, QWidget]:
    """Add Actions, Synergies, Roadmap, Participants, Media and Outcomes pages and the Event menu."""
    from meetingkit.ui.dialogs.event_settings import EventSettingsDialog
    from meetingkit.ui.dialogs.preferences import PreferencesDialog
    from meetingkit.ui.dialogs.programme_import import CsvImportDialog
    from meetingkit.ui.views.actions_view import ActionsView
    from meetingkit.ui.views.media_view import MediaView
    from meetingkit.ui.views.outcomes_view import OutcomesView
    from meetingkit.ui.views.participants_view import ParticipantsView
    from meetingkit.ui.views.roadmap_view import RoadmapBoard
    from meetingkit.ui.views.synergies_view import SynergiesView

    assert isinstance(window, QMainWindow)
    settings = settings if settings is not None else Settings(parent=window)
    views: dict[str, QWidget] = {
        "actions": ActionsView(document, settings, window),
        "synergies": SynergiesView(document, settings, window),
        "roadmap": RoadmapBoard(document, settings, window),
        "participants": ParticipantsView(document, settings, window),
        "media": MediaView(document, settings, window),
        "outcomes": OutcomesView(document, settings, window),
    }
    titles = {
        "actions": (QCoreApplication.translate("OrganiserViews", "Actions"), "actions"),
        "synergies": (QCoreApplication.translate("OrganiserViews", "Synergies"), "synergies"),
        "roadmap": (QCoreApplication.translate("OrganiserViews", "Roadmap"), "roadmap"),
        "participants": (QCoreApplication.translate("OrganiserViews", "People"), "people"),
        "media": (QCoreApplication.translate("OrganiserViews", "Media"), "media"),
        "outcomes": (QCoreApplication.translate("OrganiserViews", "Outcomes"), "outcomes"),
    }
    for key, view in views.items():
        title, icon_name = titles[key]
        window.add_view(key, title, view, icon_name)
        jump = getattr(view, "jump_requested", None)
        if jump is not None:
            jump.connect(window.show_item)

    # "This session" in the media library follows the session open on the Sessions page.
    session_view = getattr(window, "session_view", None)
    if session_view is not None:
        media = views["media"]
        assert isinstance(media, MediaView)
        session_view.session_shown.connect(media.follow_session)
        media.follow_session(session_view.session_id)

    workers = [views["actions"], views["media"], views["outcomes"]]
    window.installEventFilter(_Shutdown(window, workers))

    # Preferences: the window keeps the action hidden until a dialog is connected to it.
    from meetingkit.ui.actions import ActionId

    preferences = window.actions[ActionId.PREFERENCES]
    preferences.triggered.connect(lambda: PreferencesDialog(settings, window).open())
    preferences.setVisible(True)

    menu = QMenu(QCoreApplication.translate("OrganiserViews", "E&vent"), window)
    settings_action = menu.addAction(QCoreApplication.translate("OrganiserViews", "Event &settings…"))
    settings_action.setStatusTip(
        QCoreApplication.translate("OrganiserViews", "Title, dates, venue, organisers and cover logo")
    )
    settings_action.triggered.connect(lambda: EventSettingsDialog(document, window).open())
    menu.addSeparator()
    programme = menu.addAction(QCoreApplication.translate("OrganiserViews", "Import &programme from CSV…"))
    programme.setStatusTip(
        QCoreApplication.translate("OrganiserViews", "Create days' sessions from a spreadsheet saved as CSV")
    )
    programme.triggered.connect(lambda: CsvImportDialog(document, "programme", window).open())
    participants = menu.addAction(
        QCoreApplication.translate("OrganiserViews", "Import p&articipants from CSV…")
    )
    participants.triggered.connect(lambda: CsvImportDialog(document, "participants", window).open())
    for action in (settings_action, programme, participants):
        action.setEnabled(not document.read_only)
    bar = window.menuBar()
    existing = bar.actions()
    if existing:  # before Help, which stays last by convention
        bar.insertMenu(existing[-1], menu)
    else:
        bar.addMenu(menu)
    return views
