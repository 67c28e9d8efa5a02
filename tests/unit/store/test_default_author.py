"""The author a change is recorded under by default is the user's login name, as getpass.getuser gives it."""

from __future__ import annotations

import getpass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from meetingkit.store.connection import default_author

_VARIABLES = ("LOGNAME", "USER", "LNAME", "USERNAME")
_VALUES = st.sampled_from([None, "", "ana", "Bo Li", "josé"])


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.tuples(*(_VALUES for _ in _VARIABLES)))
def test_the_default_author_is_getusers_answer(
    monkeypatch: pytest.MonkeyPatch, values: tuple[str | None, ...]
) -> None:
    for name, value in zip(_VARIABLES, values, strict=True):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    try:
        expected = getpass.getuser()
    except Exception:  # no name anywhere (a container without a password entry): no author
        expected = ""
    assert default_author() == expected
