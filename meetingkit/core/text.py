"""Text cleaning shared by every writer: what XML 1.0 cannot hold is removed, never a crash."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# XML 1.0 Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
# Everything else (C0 controls, lone surrogates, U+FFFE/U+FFFF) is dropped. Written as the characters it
# drops, not as the negation of those it keeps: the same set, but a negated class reaching U+10FFFF takes
# ~14 ms to compile, paid by every process at import (`meetingkit add` among them).
_NOT_XML_CHARS = "\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff"

# Bidi embedding/override/isolate controls can make a file name or a line display reversed
# ("Trojan Source"); they never carry meaning in a note's plain text.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

_RTL_BIDI_CLASSES = frozenset({"R", "AL"})
_LTR_BIDI_CLASSES = frozenset({"L"})


# Every character either pattern removes is a control, a surrogate, a noncharacter or a format character,
# none of which str.isprintable() accepts: printable text (a one-line note in any script) has nothing to
# remove and needs neither pattern. Each is compiled on first use: a class reaching past U+00FF costs
# ~0.7 ms to compile, which every `meetingkit add` paid at import.
@cache
def _not_xml_char() -> re.Pattern[str]:
    return re.compile(f"[{_NOT_XML_CHARS}]")


@cache
def _not_clean() -> re.Pattern[str]:
    return re.compile(f"[{_NOT_XML_CHARS}{BIDI_CONTROLS}]")


def xml_safe(text: str) -> str:
    """Return `text` with every character XML 1.0 cannot hold removed."""
    if not text:
        return ""
    return text if text.isprintable() else _not_xml_char().sub("", text)


def clean_line(text: str) -> str:
    """XML-safe, NFC-normalised text with bidi overrides removed; used for short user fields."""
    # One scan (and at most one regex pass) and a normalisation check: exports clean every note and label,
    # so this is hot.
    cleaned = text if not text or text.isprintable() else _not_clean().sub("", text)
    return cleaned if unicodedata.is_normalized("NFC", cleaned) else unicodedata.normalize("NFC", cleaned)


def is_rtl(text: str) -> bool:
    """True when the first strong directional character is right-to-left (Unicode bidi rule P2)."""
    for ch in text:
        klass = unicodedata.bidirectional(ch)
        if klass in _RTL_BIDI_CLASSES:
            return True
        if klass in _LTR_BIDI_CLASSES:
            return False
    return False


def chunks(text: str, size: int) -> list[str]:
    """Split `text` into pieces of at most `size` characters (never splits a surrogate pair: str is code points)."""
    if size <= 0:
        raise ValueError("size must be positive")
    return [text[i : i + size] for i in range(0, len(text), size)] or [""]


def one_line(text: str, limit: int = 80) -> str:
    """Collapse whitespace and cut to `limit` characters with an ellipsis: for titles and previews."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
