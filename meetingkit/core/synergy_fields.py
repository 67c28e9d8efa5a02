"""What a synergy note adds to it (the parties it links, its theme): a dataclass no other note needs.

Imported through meetingkit.core.model like every domain record; kept apart for the reason
core.action_fields gives.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SynergyFields:
    """What a synergy note adds: the parties it links and its theme."""

    parties: tuple[str, ...] = ()
    theme: str = ""
