"""The actions register as CSV that opens cleanly in Excel and LibreOffice (UTF-8 with BOM, CRLF)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from meetingkit.core.atomic import write_atomically
from meetingkit.core.model import Day, EventSnapshot, Item, Session, Tag
from meetingkit.core.text import clean_line
from meetingkit.export.labels import Labels
from meetingkit.export.outline import ExportOptions, build_outline, category, plain_text

__all__ = ["NumberedAction", "action_rows", "numbered_actions", "render_actions_csv", "write_actions_csv"]


@dataclass(frozen=True, slots=True)
class NumberedAction:
    """An action with the reference the document gives it (A1, A2...) and where it was raised."""

    ref: str
    item: Item
    session: Session
    day: Day
    day_number: int


def numbered_actions(snapshot: EventSnapshot, language: str = "en") -> tuple[list[NumberedAction], Labels]:
    """The event's actions in register order, numbered exactly as in the written summaries."""
    outline = build_outline(
        snapshot,
        ExportOptions(
            language=language, include_notes=False, include_participants=False, include_photos=False
        ),
    )
    days = sorted(snapshot.days, key=lambda d: (d.index, d.date))
    day_number = {d.id: n for n, d in enumerate(days, start=1)}
    found: list[NumberedAction] = []
    for item in snapshot.items:
        ref = outline.refs.get(item.id)
        if ref is None or category(item) != Tag.ACTION:
            continue
        session = snapshot.session(item.session_id)
        day = snapshot.day(session.day_id)
        found.append(NumberedAction(ref, item, session, day, day_number[day.id]))
    found.sort(key=lambda a: int(a.ref[1:]))
    return found, outline.labels


# A cell starting with one of these is a formula to Excel and LibreOffice (CSV injection). OWASP's
# remedy is a leading apostrophe: the cell stays text; a visible apostrophe is the lesser harm.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    text = clean_line(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def action_rows(snapshot: EventSnapshot, *, language: str = "en") -> list[list[str]]:
    """The header and one row per action: ref, action, owner, due (ISO date), horizon, status,
    focus area, session, day, in `language`, every cell safe from formula injection."""
    actions, lab = numbered_actions(snapshot, language)
    day_label = lab.day_number.format(n="").strip()  # "Day {n}" -> "Day", "Jour", "Día"
    rows = [
        [
            lab.ref,
            lab.action,
            lab.owner,
            lab.due,
            lab.horizon,
            lab.status,
            lab.focus_area,
            lab.session,
            day_label,
        ]
    ]
    for a in actions:
        f = a.item.action
        rows.append(
            [
                _cell(value)
                for value in (
                    a.ref,
                    plain_text(a.item.text),
                    f.owner if f else "",
                    f.due.isoformat() if f and f.due else "",
                    lab.horizon_name(f.horizon) if f and f.horizon else "",
                    lab.status_name(f.status) if f else lab.status_open,
                    f.focus_area if f else "",
                    a.session.title,
                    lab.day_title(a.day_number),
                )
            ]
        )
    return rows


def render_actions_csv(snapshot: EventSnapshot, *, language: str = "en") -> str:
    """The CSV text (CRLF line endings, no BOM: `write_actions_csv` adds it)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, dialect="excel", lineterminator="\r\n")
    writer.writerows(action_rows(snapshot, language=language))
    return out.getvalue()


def write_actions_csv(snapshot: EventSnapshot, path: Path | str, *, language: str = "en") -> Path:
    """Write actions.csv: UTF-8 with a BOM, which is how Excel recognises UTF-8 on double-click."""
    return write_atomically(Path(path), render_actions_csv(snapshot, language=language), encoding="utf-8-sig")
