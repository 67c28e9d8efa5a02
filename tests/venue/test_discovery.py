"""Join codes read back whole; a relay found on the network keeps the code's secret at its new address."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from meetingkit.venue.discovery import Found
from meetingkit.venue.joincode import JoinCode, JoinCodeError, parse

TOKEN = st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", min_size=16, max_size=64)


@given(
    host=st.sampled_from(["127.0.0.1", "192.168.1.20", "10.0.0.7", "fe80::1", "laptop.local"]),
    port=st.integers(1, 65535),
    event=st.uuids().map(str),
    secret=TOKEN,
    fingerprint=TOKEN,
)
def test_a_join_code_reads_back_as_written(
    host: str, port: int, event: str, secret: str, fingerprint: str
) -> None:
    code = JoinCode(host, port, event, secret, fingerprint)
    assert parse(str(code)) == code
    assert parse(f"  {code}\n") == code  # pasted with the line's end


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hello",
        "https://192.168.1.2:8765/x?key=aaaaaaaaaaaaaaaa&tls=bbbbbbbbbbbbbbbb",
        "meetingkit://192.168.1.2/e?key=aaaaaaaaaaaaaaaa&tls=bbbbbbbbbbbbbbbb",
        "meetingkit://192.168.1.2:99999/e?key=aaaaaaaaaaaaaaaa&tls=bbbbbbbbbbbbbbbb",
        "meetingkit://192.168.1.2:8765/e?key=short&tls=bbbbbbbbbbbbbbbb",
        "meetingkit://192.168.1.2:8765/../x?key=aaaaaaaaaaaaaaaa&tls=bbbbbbbbbbbbbbbb",
    ],
)
def test_what_is_not_a_join_code_is_one_sentence(text: str) -> None:
    with pytest.raises(JoinCodeError, match="not a join code"):
        parse(text)


def test_a_relay_found_at_a_new_address_keeps_the_codes_secret() -> None:
    code = JoinCode("192.168.1.20", 8765, "e" * 8, "s" * 20, "f" * 43)
    found = Found("Congress", "e" * 8, "192.168.1.31", 9000, "f" * 43)
    moved = found.code_with(code)
    assert (moved.host, moved.port, moved.secret, moved.fingerprint) == (
        "192.168.1.31",
        9000,
        "s" * 20,
        "f" * 43,
    )
