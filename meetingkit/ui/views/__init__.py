"""The organiser and staff views: actions register, synergies, roadmap, participants, media library, outcomes."""

from __future__ import annotations

from typing import Any


def install(window: Any) -> None:
    """The main window's hook (app.install_views): add the organiser pages to `window`."""
    from meetingkit.ui.organiser_views import install_views

    install_views(window, window.document, window.settings)
