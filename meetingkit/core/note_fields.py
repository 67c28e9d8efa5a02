"""What an action or a synergy note adds to it: the two dataclasses a plain note never needs.

Imported through meetingkit.core.model like every domain record; kept apart so that capturing a plain note
(`meetingkit add`) makes neither, nor imports the dataclasses module (~3 ms of such an `add` together).
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


@dataclass(frozen=True, slots=True)
class SynergyFields:
    """What a synergy note adds: the parties it links and its theme."""

    parties: tuple[str, ...] = ()
    theme: str = ""
