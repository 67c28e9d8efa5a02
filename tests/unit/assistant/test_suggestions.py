"""Suggested tags for untagged notes, and the same point captured twice: offered, never applied."""

from __future__ import annotations

import pytest

from meetingkit.assistant.suggestions import same_points, suggested_tag
from meetingkit.core.model import EventSnapshot, Tag

from .conftest import PANEL, note


@pytest.mark.parametrize(
    ("line", "tag"),
    [
        ("UCLG will send the calendar", Tag.ACTION),
        ("Report on learning outcomes by March", Tag.ACTION),
        ("Metropolis va envoyer le guide d'ici fin mars", Tag.ACTION),
        ("Participants agreed to share one repository", Tag.DECISION),
        ("Se acordó una hoja de ruta común", Tag.DECISION),
        ("Se aprobó la hoja de ruta", Tag.DECISION),
        ("How do we measure change", Tag.QUESTION),
        ("Funding comes from members?", Tag.QUESTION),
        ("¿Quién paga los intercambios?", Tag.QUESTION),
        ("Study visits work with a concrete question", None),
        ("! UCLG will send the calendar", None),  # already tagged: nothing to suggest
    ],
)
def test_suggested_tags(line: str, tag: Tag | None) -> None:
    assert suggested_tag(note("x", "s1", 1, line)) == tag


def test_the_same_point_from_two_rapporteurs_is_flagged(event: EventSnapshot) -> None:
    flagged = same_points(event.items_of(PANEL))
    assert [(p.notes, p.authors) for p in flagged] == [(("n03", "n04"), ("Ana", "Ben"))]
