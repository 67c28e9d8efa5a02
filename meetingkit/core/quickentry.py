"""The quick-entry parser: one typed line becomes an item's text, tags and fields.

Grammar (DESIGN.md), one line, never an error:
- leading markers, in any number and order: ``!`` action, ``~`` synergy, ``=`` decision,
  ``?`` question, ``*`` key point, ``"`` (or ``“``) quote; a leading backslash turns them off;
- anywhere: ``#tag``, ``@Name`` / ``@[Two Words]`` / ``@"Two Words"`` (owner, party or speaker;
  ``_`` in ``@Tim_Campbell`` reads as a space), ``due:YYYY-MM-DD``, ``^short|^medium|^long`` (also in the
  interface's other languages: ``^court|^moyen``, ``^corto|^medio|^largo``),
  ``focus:Name`` / ``focus:[Two Words]`` (the roadmap focus area).

Markers never stay in the stored text. A mention or tag *inside* the sentence keeps its word
("~ @UCLG and @Metropolis align agendas" -> "UCLG and Metropolis align agendas"); one at the
end of the line, where it only annotates, is removed ("! Circulate calendar @UCLG" ->
"Circulate calendar"), unless the sentence leads into it ("~ Work with @Metropolis" keeps
"Metropolis" after "with", "and", "for", "avec", "con"...). Anything that looks like a marker but is not one (``^soon``,
``due:tomorrow``, ``a@b.org``, ``#1``) stays text; malformed values give a warning, not an error.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Sequence
from functools import cache

from meetingkit.core import model
from meetingkit.core.frozen import Frozen
from meetingkit.core.model import Horizon, Tag

TYPE_CHECKING = False
if TYPE_CHECKING:
    from meetingkit.core.model import ActionFields, SynergyFields

LEADING_MARKERS: dict[str, Tag] = {
    "!": Tag.ACTION,
    "~": Tag.SYNERGY,
    "=": Tag.DECISION,
    "?": Tag.QUESTION,
    "*": Tag.KEY_POINT,
    '"': Tag.QUOTE,
    "“": Tag.QUOTE,
}

# Horizons by the word a rapporteur types: the interface shows its own language's words in the capture
# placeholder, so those must work as well as the English ones.
HORIZON_WORDS: dict[str, Horizon] = {
    "short": Horizon.SHORT,
    "medium": Horizon.MEDIUM,
    "long": Horizon.LONG,
    "court": Horizon.SHORT,
    "moyen": Horizon.MEDIUM,
    "corto": Horizon.SHORT,
    "medio": Horizon.MEDIUM,
    "largo": Horizon.LONG,
}
_NAME = r"\[(?P<{0}b>[^\]\n]+)\]|\"(?P<{0}q>[^\"\n]+)\"|(?P<{0}w>[^\W_][\w.&'’-]*)"
_TOKEN_PATTERN = (
    r"(?<!\S)(?:"
    r"@(?:" + _NAME.format("m") + r")"
    r"|#(?P<tag>[^\W\d_][\w-]*)"
    r"|due:(?P<due>\S+)"
    r"|\^(?P<horizon>[A-Za-z]+)"
    r"|focus:(?:" + _NAME.format("f") + r")"
    r")"
)
# What every token starts with: a line holding none of these has no token.
_TOKEN_STARTS = ("@", "#", "due:", "^", "focus:")


@cache
def _tokens() -> re.Pattern[str]:
    # Compiled when a line first holds a token (~0.8 ms, paid by every `meetingkit add` at import before).
    return re.compile(_TOKEN_PATTERN)


# Words after which trailing mentions finish the sentence instead of annotating it (en, fr, es).
_CONNECTORS = frozenset(
    [
        "with",
        "and",
        "between",
        "to",
        "for",
        "by",
        "of",
        "from",
        "among",
        "including",
        "via",
        "avec",
        "et",
        "entre",
        "pour",
        "par",
        "de",
        "du",
        "des",
        "à",
        "auprès",
        "con",
        "y",
        "e",
        "entre",
        "para",
        "por",
        "de",
        "del",
        "a",
        "junto",
    ]
)
# Sentence punctuation glued to a trailing word belongs to the sentence, not the name.
_TRAILING_PUNCT = ".,;:!?)'’"


class ParsedEntry(Frozen):
    """What one quick-entry line means (a frozen record: core/frozen.py says why it is not a dataclass)."""

    __slots__ = ("due", "focus_area", "horizon", "mentions", "tags", "text", "warnings")
    _FIELDS = ("text", "tags", "mentions", "due", "horizon", "focus_area", "warnings")

    text: str
    tags: tuple[str, ...]
    mentions: tuple[str, ...]
    due: dt.date | None
    horizon: Horizon | None
    focus_area: str
    warnings: tuple[str, ...]

    def __init__(
        self,
        text: str,
        tags: tuple[str, ...] = (),
        mentions: tuple[str, ...] = (),
        due: dt.date | None = None,
        horizon: Horizon | None = None,
        focus_area: str = "",
        warnings: tuple[str, ...] = (),
    ) -> None:
        set_field = object.__setattr__
        set_field(self, "text", text)
        set_field(self, "tags", tags)
        set_field(self, "mentions", mentions)
        set_field(self, "due", due)
        set_field(self, "horizon", horizon)
        set_field(self, "focus_area", focus_area)
        set_field(self, "warnings", warnings)

    def has(self, tag: Tag) -> bool:
        return str(tag) in self.tags

    def action_fields(self) -> ActionFields | None:
        if not self.has(Tag.ACTION):
            return None
        owner = self.mentions[0] if self.mentions else ""
        return model.ActionFields(owner=owner, due=self.due, horizon=self.horizon, focus_area=self.focus_area)

    def synergy_fields(self) -> SynergyFields | None:
        if not self.has(Tag.SYNERGY):
            return None
        return model.SynergyFields(parties=self.mentions)

    def speaker(self) -> str:
        return self.mentions[0] if self.has(Tag.QUOTE) and self.mentions else ""


def _name(match: re.Match[str], prefix: str) -> tuple[str, str]:
    """The name a mention/focus token carries, and punctuation to give back to the sentence."""
    bracketed = match.group(prefix + "b") or match.group(prefix + "q")
    if bracketed is not None:
        return " ".join(bracketed.split()), ""
    word = match.group(prefix + "w") or ""
    stripped = word.rstrip(_TRAILING_PUNCT)
    return stripped.replace("_", " "), word[len(stripped) :]


_QUOTE_MARKERS = ('"', "“")


def _split_leading(line: str) -> tuple[list[str], str, str]:
    """Leading markers, the rest of the line, and a run of marker characters kept as text ("" if none).

    A run of marker characters is markers when a space (or the end of the line) follows it, or when it
    ends in an opening quote mark. Glued to a word it is the word's own ("*italic*", "**bold**",
    "=HYPERLINK(...)", "?why"): Markdown and formulas are stored as typed.
    """
    tags: list[str] = []
    rest = line.lstrip()
    if rest.startswith("\\"):
        return tags, rest[1:], ""
    while rest:
        run = len(rest) - len(rest.lstrip("".join(LEADING_MARKERS)))
        if not run:
            break
        glued = run < len(rest) and not rest[run].isspace()
        if glued and rest[run - 1] not in _QUOTE_MARKERS:
            return tags, rest, rest[:run]
        for marker in rest[:run]:
            tag = str(LEADING_MARKERS[marker])
            if tag not in tags:
                tags.append(tag)
        rest = rest[run:].lstrip()
    return tags, rest, ""


def _strip_closing_quote(text: str) -> str:
    if text.endswith(('"', "”")) and text.count('"') + text.count("”") == 1:
        return text[:-1].rstrip()
    return text


def _join_at_seam(left: str, right: str) -> str:
    """Close the gap a removed marker leaves, touching nothing but the gap.

    Only the seam is tidied, so text without markers is stored byte for byte: a French space before
    ``: ; ! ?`` or a double space the rapporteur typed stays as typed.
    """
    left = left.rstrip(" \t")
    right = right.lstrip(" \t")
    if not left or not right or left.endswith("\n") or right.startswith("\n"):
        return left + right
    if right[0] in ",.)":
        return left + right
    return left + " " + right


def parse(line: str) -> ParsedEntry:
    """Parse one quick-entry line. Pure, total: any string gives a ParsedEntry."""
    tags, body, glued_run = _split_leading(line)
    matches = list(_tokens().finditer(body)) if any(start in body for start in _TOKEN_STARTS) else []
    mentions: list[str] = []
    free_tags: list[str] = []
    warnings: list[str] = []
    due: dt.date | None = None
    horizon: Horizon | None = None
    focus_area = ""

    # A token "trails" when only other tokens and whitespace follow it.
    trailing_from = len(body)
    for m in reversed(matches):
        if body[m.end() : trailing_from].strip():
            break
        trailing_from = m.start()
    # ...unless the sentence leads into it ("Work with @Metropolis"): then the names are its words.
    words_before = body[:trailing_from].split()
    names_end_sentence = bool(words_before) and words_before[-1].casefold() in _CONNECTORS

    text = ""
    seam = False  # a token was removed just before what comes next
    cursor = 0
    for m in matches:
        keep: str | None = None  # what replaces the token in the text; None keeps it verbatim
        trailing = m.start() >= trailing_from
        if m.group("mb") or m.group("mq") or m.group("mw"):
            name, punct = _name(m, "m")
            if name and name not in mentions:
                mentions.append(name)
            keep = punct if trailing and not names_end_sentence else name + punct
        elif m.group("tag"):
            tag = m.group("tag").lower()
            tag = {"keypoint": str(Tag.KEY_POINT)}.get(tag, tag)
            target = tags if tag in {str(t) for t in Tag} else free_tags
            if tag not in target:
                target.append(tag)
            keep = "" if trailing else m.group("tag")
        elif m.group("due"):
            raw = m.group("due")
            value = raw.rstrip(_TRAILING_PUNCT)
            try:
                due = dt.date.fromisoformat(value) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else None
            except ValueError:
                due = None
            if due is None:
                warnings.append(f"due:{raw} is not a date (use due:YYYY-MM-DD); kept as text")
            else:
                keep = raw[len(value) :]
        elif m.group("horizon"):
            word = m.group("horizon").lower()
            if word in HORIZON_WORDS:
                horizon = HORIZON_WORDS[word]
                keep = ""
            else:
                warnings.append(
                    f"^{m.group('horizon')} is not a horizon (use ^short, ^medium or ^long); kept as text"
                )
        else:
            name, punct = _name(m, "f")
            if name:
                focus_area = name
                keep = punct
        between = body[cursor : m.start()]
        text = _join_at_seam(text, between) if seam else text + between
        if keep is None:
            text, seam = text + m.group(0), False
        elif keep.strip(_TRAILING_PUNCT):  # a name kept as the sentence's word
            text, seam = text + keep, False
        else:  # removed, perhaps giving back its punctuation ("@Metropolis." -> ".")
            text, seam = (text.rstrip(" \t") + keep, False) if keep else (text, True)
        cursor = m.end()
    rest = body[cursor:]
    text = (_join_at_seam(text, rest) if seam else text + rest).strip()
    if not line.lstrip().startswith("\\"):
        # Markers right after removed tokens ("^short ! Do it") are leading too; never store them as text.
        more, text, _kept = _split_leading(text)
        tags += [tag for tag in more if tag not in tags]
        text = text.strip()
    if glued_run and not glued_run.startswith("*"):
        warnings.append(
            f"{glued_run} is glued to the first word, so it is kept as text; type a space after it to tag the line"
        )
    if str(Tag.QUOTE) in tags:
        text = _strip_closing_quote(text)
    if (horizon or due or focus_area) and str(Tag.ACTION) not in tags:
        # A horizon, due date or focus area only means something for an action.
        tags.insert(0, str(Tag.ACTION))
    builtin_order = [str(t) for t in Tag]
    ordered = sorted(tags, key=builtin_order.index)
    return ParsedEntry(
        text=text,
        tags=tuple(ordered + free_tags),
        mentions=tuple(mentions),
        due=due,
        horizon=horizon,
        focus_area=focus_area,
        warnings=tuple(warnings),
    )


def rank_completions(
    typed: str,
    candidates: Sequence[str],
    *,
    session: Collection[str] = (),
    recent: Sequence[str] = (),
) -> list[str]:
    """The candidates that contain `typed` (ignoring case), best first.

    Prefix matches come first; within that split, the current session's people and organisations,
    then what the rapporteur used most recently (`recent`, newest first), then the rest alphabetically.
    """
    needle = typed.casefold()
    in_session = {name.casefold() for name in session}
    recency = {name.casefold(): rank for rank, name in reversed(list(enumerate(recent)))}
    unused = len(recency)

    def key(name: str) -> tuple[bool, bool, int, str]:
        folded = name.casefold()
        return (not folded.startswith(needle), folded not in in_session, recency.get(folded, unused), folded)

    return sorted((name for name in candidates if needle in name.casefold()), key=key)


def toggle_marker(line: str, tag: Tag) -> str:
    """The line with `tag`'s leading marker added or taken away (Ctrl+1..6 on the line being typed).

    Markers stay in front, one run followed by one space: "Do it" -> "! Do it" -> "Do it".
    """
    marker = next(m for m, t in LEADING_MARKERS.items() if t is tag)
    tags, rest, glued = _split_leading(line)
    if glued or line.lstrip().startswith("\\"):
        tags, rest = [], line.strip()
    present = str(tag) in tags
    kept = [t for t in tags if t != str(tag)] if present else [*tags, str(tag)]
    markers = "".join(next(m for m, t in LEADING_MARKERS.items() if str(t) == name) for name in kept)
    if not present and marker not in markers:
        markers += marker
    return f"{markers} {rest}" if markers else rest
