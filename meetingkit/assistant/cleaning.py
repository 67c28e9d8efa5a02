"""A note's text made fit for a summary: Markdown and rapporteurs' shorthand removed, split in sentences.

Every rule here only removes or moves what is already in the note (or, for the one third-person rule,
replaces "we" by "participants"): a cleaned sentence never says more than its note.
"""

from __future__ import annotations

import re

from meetingkit.core.text import clean_line

_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_EMPHASIS = re.compile(r"(\*\*|\*|~~|`+)(?=\S)(.+?)(?<=\S)\1")
_UNDERSCORE = re.compile(r"(?<!\w)(__|_)(?=\S)(.+?)(?<=\S)\1(?!\w)")
_LINE_MARK = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?)")
_LIST_MARK = re.compile(r"^\s*(?:[-*+•]|\d{1,9}[.)])\s+")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])")
# Shorthand rapporteurs type in front of a line: arrows, "NB:", "TODO:", leftover quick-entry markers.
_SHORTHAND = re.compile(r"^(?:(?:->|=>|→|»|NB\s*:|N\.B\.\s*|TODO\s*:|[!~=?*\"“]\s+)\s*)+", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_END = re.compile(r"[.!?…]+[\"”»’)]*(?=\s)")
_ABBREVIATIONS = frozenset(
    [
        "e.g",
        "i.e",
        "etc",
        "vs",
        "cf",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "no",
        "p",
        "pp",
        "fig",
        "approx",
        "dept",
        "art",
        "vol",
        "sr",
        "sra",
        "mme",
        "mlle",
        "av",
    ]
)
# "We agreed to..." is the room speaking; in a report it is the participants (English notes only:
# other languages conjugate the verb with the subject, which no safe rule can change).
_WE = re.compile(
    r"^We (agreed|decided|will|need|should|must|propose|proposed|want|recommend|recommended|commit|committed)\b"
)


def plain(markdown: str) -> str:
    """The text of a note without Markdown or shorthand, on one line (list items joined by semicolons)."""
    text = ""
    for line in markdown.splitlines():
        item = _LIST_MARK.match(line)
        line = _LINE_MARK.sub("", _LIST_MARK.sub("", line)).strip()
        if not line:
            continue
        if item and text and not text.endswith((":", ";", ",")):
            text += ";"
        text += " " + line
    text = _LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    for _ in range(3):  # nested emphasis such as ***both***
        text = _UNDERSCORE.sub(r"\2", _EMPHASIS.sub(r"\2", text))
    text = _ESCAPE.sub(r"\1", text)
    text = _SPACES.sub(" ", clean_line(text)).strip()
    return _SHORTHAND.sub("", text).strip()


def finished(text: str) -> str:
    """Capitalised, ending with a full stop unless it already ends in punctuation."""
    text = text.strip().rstrip(",;:–—- ")
    if not text:
        return ""
    text = text[:1].upper() + text[1:]
    bare = text.rstrip('"”»’)')
    return text if bare.endswith((".", "!", "?", "…")) else text + "."


def third_person(sentence: str) -> str:
    return _WE.sub(lambda m: f"Participants {m.group(1)}", sentence)


def sentences(text: str) -> list[str]:
    """The sentences of plain `text`, each finished; abbreviations ("e.g.", "Dr.") do not end one."""
    found: list[str] = []
    start = 0
    for m in _END.finditer(text):
        following = text[m.end() :].lstrip()
        if not following or not (
            following[0].isupper() or following[0].isdigit() or following[0] in '"“«¿¡('
        ):
            continue
        word = text[start : m.start()].rsplit(" ", 1)[-1].lower().strip("([\"“«'")
        if text[m.start()] == "." and (word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())):
            continue
        found.append(text[start : m.end()])
        start = m.end()
    found.append(text[start:])
    return [finished(third_person(s.strip())) for s in found if s.strip()]


def cleaned(markdown: str) -> str:
    """The whole note as one clean passage (its sentences joined)."""
    return " ".join(sentences(plain(markdown)))
