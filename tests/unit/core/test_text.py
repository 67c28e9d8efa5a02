"""Text sanitising: whatever a user pastes, every writer can put it into XML, and RTL text is recognised."""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from meetingkit.core.text import BIDI_CONTROLS, chunks, clean_line, is_rtl, one_line, xml_safe

# Every code point, lone surrogates included (what a broken paste or a bad decoder can produce).
ANY_TEXT = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=()))
XML_TEXT = st.text(
    alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=()).filter(
        lambda c: c in "\t\n\r" or "\x20" <= c <= "\ud7ff" or "\ue000" <= c <= "\ufffd" or c >= "\U00010000"
    )
)


@pytest.mark.parametrize(
    "bad", ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\ufffe", "\uffff", "\ud800", "\udfff"]
)
def test_xml_safe_removes_what_xml_cannot_hold(bad: str) -> None:
    assert xml_safe(f"Mayor{bad}s") == "Mayors"


def test_xml_safe_keeps_tabs_newlines_emoji_and_scripts() -> None:
    text = "Día 1\tبرشلونة\nשלום 🎉 \U0001f1ea\U0001f1f8\r\n中文 \ue000"
    assert xml_safe(text) == text


def test_xml_safe_and_clean_line_drop_exactly_what_they_name_over_every_code_point() -> None:
    # The pattern lists what it drops; this holds it to the XML 1.0 production, code point by code point.
    everything = "".join(map(chr, range(0x110000)))
    allowed = "".join(
        c
        for c in everything
        if c in "\t\n\r" or "\x20" <= c <= "\ud7ff" or "\ue000" <= c <= "\ufffd" or c >= "\U00010000"
    )
    assert xml_safe(everything) == allowed
    shown = "".join(c for c in allowed if c not in BIDI_CONTROLS)
    assert clean_line(everything) == unicodedata.normalize("NFC", shown)


def test_xml_safe_of_empty_text() -> None:
    assert xml_safe("") == ""


@given(ANY_TEXT)
def test_xml_safe_output_always_serialises_in_lxml(text: str) -> None:
    element = etree.Element("p")
    element.text = xml_safe(text)  # lxml raises ValueError on any character XML cannot hold
    parsed = etree.fromstring(etree.tostring(element))
    assert (parsed.text or "") == xml_safe(text)


@given(ANY_TEXT)
def test_xml_safe_output_round_trips_through_elementtree(text: str) -> None:
    element = ET.Element("p")
    element.text = xml_safe(text)
    parsed = ET.fromstring(ET.tostring(element, encoding="unicode"))
    # An XML parser normalises line ends: CR and CRLF read back as LF.
    assert (parsed.text or "") == xml_safe(text).replace("\r\n", "\n").replace("\r", "\n")


@given(ANY_TEXT)
def test_xml_safe_is_idempotent_and_only_removes(text: str) -> None:
    once = xml_safe(text)
    assert xml_safe(once) == once
    assert len(once) <= len(text)
    remaining = iter(text)
    assert all(ch in remaining for ch in once)  # a subsequence: nothing added, order kept


@given(XML_TEXT)
def test_xml_safe_leaves_valid_text_untouched(text: str) -> None:
    assert xml_safe(text) == text


def test_clean_line_removes_bidi_overrides_and_normalises() -> None:
    assert clean_line("Plan\u202e txt.exe\u202c") == "Plan txt.exe"
    assert clean_line("Cafe\u0301") == "Café"
    assert not set(clean_line("".join(BIDI_CONTROLS) + "x")) & set(BIDI_CONTROLS)


@pytest.mark.parametrize(
    ("text", "rtl"),
    [
        ("مدن متعلمة", True),
        ("ערים לומדות", True),
        ("Learning cities", False),
        ("2017: برشلونة", True),
        ("« שלום »", True),
        ("Barcelona برشلونة", False),
        ("", False),
        ("123 ...", False),
    ],
)
def test_is_rtl_follows_the_first_strong_character(text: str, rtl: bool) -> None:
    assert is_rtl(text) is rtl


def test_chunks_cover_the_text_in_order() -> None:
    assert chunks("abcdefg", 3) == ["abc", "def", "g"]
    assert chunks("", 5) == [""]
    assert "".join(chunks("🎉x🎉", 1)) == "🎉x🎉"
    with pytest.raises(ValueError):
        chunks("x", 0)


def test_one_line_collapses_and_cuts() -> None:
    assert one_line("  a\n\tb  ") == "a b"
    cut = one_line("word " * 40, limit=20)
    assert len(cut) <= 20 and cut.endswith("…")


# The sets the two functions drop, written out as the patterns they used at every import.
_DROPPED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_DROPPED_IN_A_LINE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff\u202a-\u202e\u2066-\u2069]"
)
# Mostly printable text (what the shortcut takes), with now and then a character one pattern drops.
_MIXED_TEXT = st.text(
    st.characters(min_codepoint=0x20, max_codepoint=0x10FFFF)
    | st.sampled_from(
        ["\t", "\n", "\r", "\x00", "\x1f", "\ud800", "\udfff", "\ufffe", "\uffff", "\u202e", "\u2069"]
    )
)


@given(ANY_TEXT | _MIXED_TEXT)
def test_text_loses_exactly_the_characters_xml_cannot_hold(text: str) -> None:
    assert xml_safe(text) == _DROPPED.sub("", text)
    cleaned = _DROPPED_IN_A_LINE.sub("", text)
    assert clean_line(text) == unicodedata.normalize("NFC", cleaned)
