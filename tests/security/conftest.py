"""Fixtures of the attack cases: one small real event (notes, people, a photo) and its JSON copy."""

from __future__ import annotations

import pytest
from support.attack import Event, build_event


@pytest.fixture(scope="module")
def event(tmp_path_factory: pytest.TempPathFactory) -> Event:
    return build_event(tmp_path_factory.mktemp("event"))
