"""Shared test set-up: every test runs with its own MEETINGKIT_HOME and Qt offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# CI and the README's test command replay the same examples every run, so a red run is reproducible and
# a green one means the same thing twice; `MEETINGKIT_HYPOTHESIS=explore` searches new examples.
settings.register_profile("replay", derandomize=True, database=None)
settings.register_profile("explore")
settings.load_profile("explore" if os.environ.get("MEETINGKIT_HYPOTHESIS") == "explore" else "replay")


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("MEETINGKIT_HOME", str(home))
    yield home
