"""Puts the organiser and staff pages, their dialogs and menu entries into a main window."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from meetingkit.ui.document import EventDocument
from meetingkit.ui.settings import Settings

if TYPE_CHECKING:
    from meetingkit.store.csv_import import Kind
    from meetingkit.ui.actions import ActionRegistry


class _Window(Protocol):
    """What install_views needs of the main window (meetingkit.ui.main_window.MainWindow)."""

    action_of: ActionRegistry

    def add_view(
        self, key: str, title: str, widget: QWidget | Callable[[], QWidget], icon_name: str = ""
    ) -> QAction: ...
    def show_item(self, item_id: str) -> bool: ...
    def page_item_changed(self, page: QWidget, item_id: str | None) -> None: ...
    def show_view(self, key: str) -> QWidget: ...


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


def install_views(window: _Window, document: EventDocument, settings: Settings | None) -> None:
    """Add Actions, Synergies, Roadmap, Participants, Media and Outcomes pages and the Event menu.

    Pages are added as factories: each is built the first time it is shown, so opening a large event
    costs only the Sessions page (building every page at start took seconds on a 10,000-item event).
    """
    assert isinstance(window, QMainWindow)
    settings = settings if settings is not None else Settings(parent=window)
    with_workers: list[Any] = []
    window.installEventFilter(_Shutdown(window, with_workers))

    def actions() -> QWidget:
        from meetingkit.ui.views.actions_view import ActionsView

        return ActionsView(document, settings, window)

    def synergies() -> QWidget:
        from meetingkit.ui.views.synergies_view import SynergiesView

        return SynergiesView(document, settings, window)

    def roadmap() -> QWidget:
        from meetingkit.ui.views.roadmap_view import RoadmapBoard

        return RoadmapBoard(document, settings, window)

    def participants() -> QWidget:
        from meetingkit.ui.views.participants_view import ParticipantsView

        return ParticipantsView(document, settings, window)

    def media() -> QWidget:
        from meetingkit.ui.views.media_view import MediaView

        view = MediaView(document, settings, window)
        # "This session" in the media library follows the session open on the Sessions page.
        session_view = getattr(window, "session_view", None)
        if session_view is not None:
            session_view.session_shown.connect(view.follow_session)
            view.follow_session(session_view.session_id)
        return view

    def outcomes() -> QWidget:
        from meetingkit.ui.views.outcomes_view import OutcomesView

        view = OutcomesView(document, settings, window)
        view.photo_review_requested.connect(lambda attachment_id: _show_photo(window, attachment_id))
        return view

    pages: list[tuple[str, str, str, Callable[[], QWidget], bool]] = [
        ("actions", QCoreApplication.translate("OrganiserViews", "Actions"), "actions", actions, True),
        (
            "synergies",
            QCoreApplication.translate("OrganiserViews", "Synergies"),
            "synergies",
            synergies,
            False,
        ),
        ("roadmap", QCoreApplication.translate("OrganiserViews", "Roadmap"), "roadmap", roadmap, False),
        (
            "participants",
            QCoreApplication.translate("OrganiserViews", "People"),
            "people",
            participants,
            False,
        ),
        ("media", QCoreApplication.translate("OrganiserViews", "Media"), "media", media, True),
        ("outcomes", QCoreApplication.translate("OrganiserViews", "Outcomes"), "outcomes", outcomes, True),
    ]
    for key, title, icon_name, build, has_workers in pages:
        window.add_view(key, title, _wired(window, build, with_workers if has_workers else None), icon_name)

    # Preferences: the window keeps the action hidden until a dialog is connected to it.
    from meetingkit.ui.actions import ActionId

    preferences = window.action_of[ActionId.PREFERENCES]
    preferences.triggered.connect(lambda: _preferences(settings, window))
    preferences.setVisible(True)

    menu = QMenu(QCoreApplication.translate("OrganiserViews", "E&vent"), window)
    settings_action = menu.addAction(QCoreApplication.translate("OrganiserViews", "Event &settings…"))
    settings_action.setStatusTip(
        QCoreApplication.translate("OrganiserViews", "Title, dates, venue, organisers and cover logo")
    )
    settings_action.triggered.connect(lambda: _event_settings(document, window))
    menu.addSeparator()
    programme = menu.addAction(QCoreApplication.translate("OrganiserViews", "Import &programme from CSV…"))
    programme.setStatusTip(
        QCoreApplication.translate("OrganiserViews", "Create days' sessions from a spreadsheet saved as CSV")
    )
    programme.triggered.connect(lambda: _csv_import(document, "programme", window))
    people = menu.addAction(QCoreApplication.translate("OrganiserViews", "Import p&articipants from CSV…"))
    people.triggered.connect(lambda: _csv_import(document, "participants", window))
    for action in (settings_action, programme, people):
        action.setEnabled(not document.read_only)
    bar = window.menuBar()
    existing = bar.actions()
    shared: QMenu | None = getattr(window, "event_menu", None)
    if shared is not None:  # the window's own Event menu (merge, conflicts): ours go first
        if shared.actions():
            first = shared.actions()[0]
            shared.insertActions(first, menu.actions())
            shared.insertSeparator(first)
        else:
            shared.addActions(menu.actions())
            shared.addSeparator()
    elif existing:  # before Help, which stays last by convention
        bar.insertMenu(existing[-1], menu)
    else:
        bar.addMenu(menu)


# The dialogs are imported when first opened: Preferences alone brings the pack and its process pool,
# which the first window does not need.


def _preferences(settings: Settings, window: QMainWindow) -> None:
    from meetingkit.ui.dialogs.preferences import PreferencesDialog

    PreferencesDialog(settings, window).open()


def _event_settings(document: EventDocument, window: QMainWindow) -> None:
    from meetingkit.ui.dialogs.event_settings import EventSettingsDialog

    EventSettingsDialog(document, window).open()


def _csv_import(document: EventDocument, kind: Kind, window: QMainWindow) -> None:
    from meetingkit.ui.dialogs.programme_import import CsvImportDialog

    CsvImportDialog(document, kind, window).open()


def _show_photo(window: _Window, attachment_id: str) -> None:
    """One click from the pack's photo check to that photo on the Media page."""
    media = window.show_view("media")
    select = getattr(media, "select_photo", None)  # the window builds the page: typed as a plain widget
    if select is not None:
        select(attachment_id)


def _wired(
    window: _Window, build: Callable[[], QWidget], with_workers: list[Any] | None
) -> Callable[[], QWidget]:
    """A page factory that also connects the page's jumps to the window and registers its workers."""

    def factory() -> QWidget:
        view = build()
        jump = getattr(view, "jump_requested", None)
        if jump is not None:
            jump.connect(window.show_item)
        current = getattr(view, "current_item_changed", None)
        if current is not None:
            current.connect(lambda item_id: window.page_item_changed(view, item_id))
        if with_workers is not None:
            with_workers.append(view)
        return view

    return factory
