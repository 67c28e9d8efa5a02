"""What an action note adds to it (its owner, due date, horizon, status, focus area): a dataclass no other
note needs.

Imported through meetingkit.core.model like every domain record; kept apart, as core.synergy_fields is, so
that capturing a note makes only the dataclass its kind needs, and a plain note none, nor imports the
dataclasses module (~3 ms of such an `add`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from meetingkit.core.model import ActionStatus, Horizon


@dataclass(frozen=True, slots=True)
class ActionFields:
    """What an action note adds: who does it, by when, on which horizon, and how far it has come."""

    owner: str = ""
    due: dt.date | None = None
    horizon: Horizon | None = None
    status: ActionStatus = ActionStatus.OPEN
    focus_area: str = ""
