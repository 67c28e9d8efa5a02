"""actions.csv opens cleanly in Excel and LibreOffice and says what the actions register says."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from meetingkit.core.model import ActionFields, ActionStatus, EventSnapshot, Horizon
from meetingkit.export.actions_csv import action_rows, write_actions_csv
from meetingkit.export.md_writer import render_markdown_document
from meetingkit.export.outline import build_outline

from .conftest import build_snapshot, item

HEADER_EN = ["Ref.", "Action", "Owner", "Due", "Horizon", "Status", "Focus area", "Session", "Day"]


def read_back(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_file_is_utf8_with_bom_and_crlf(snapshot: EventSnapshot, tmp_path: Path) -> None:
    data = write_actions_csv(snapshot, tmp_path / "actions.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data[3:].split(b"\r\n")
    assert lines[-1] == b"" and len(lines) == 5  # header, three actions, final CRLF
    assert b"\n" not in data.replace(b"\r\n", b"")


def test_rows_match_the_register_refs_and_fields(snapshot: EventSnapshot, tmp_path: Path) -> None:
    rows = read_back(write_actions_csv(snapshot, tmp_path / "actions.csv"))
    assert rows[0] == HEADER_EN
    assert rows[1] == [
        "A1",
        "Facilitate peer learning",
        "UCLG",
        "2024-12-31",
        "Short term",
        "Open",
        "Facilitate peer learning",
        "Methodologies of learning",
        "Day 1",
    ]
    assert rows[2][:4] == ["A2", "Monitor and evaluate learning outcomes", "Metropolis", ""]
    assert rows[3][5] == "Done" and rows[3][8] == "Day 2"
    # The document numbers the same actions the same way.
    document = render_markdown_document(build_outline(snapshot))
    for ref, text, *_ in rows[1:]:
        assert f"**{ref}** {text}" in document


def test_header_and_values_in_french_and_spanish(snapshot: EventSnapshot) -> None:
    fr = action_rows(snapshot, language="fr")
    assert fr[0] == [
        "Réf.",
        "Action",
        "Responsable",
        "Échéance",
        "Horizon",
        "Statut",
        "Axe prioritaire",
        "Session",
        "Jour",
    ]
    assert fr[1][4:6] == ["Court terme", "En cours"] and fr[1][8] == "Jour 1"
    es = action_rows(snapshot, language="es")
    assert es[0][-1] == "Día" and es[3][5] == "Realizada"


def test_awkward_values_round_trip_and_formulas_are_neutralised(tmp_path: Path) -> None:
    texts = [
        'Commas, "quotes" and a\nnew line',
        '=HYPERLINK("http://evil.example","click")',
        "+33 1 23 45 67 89",
        "-2 budget lines",
        "@SUM(A1:A2)",
        "Árabe: مرحبا, emoji 🎉",
    ]
    items = tuple(
        item(
            f"a{n}",
            "s1",
            n,
            text,
            "action",
            action=ActionFields(
                owner="=cmd|' /C calc'!A0", due=dt.date(2025, 1, n + 1), horizon=Horizon.MEDIUM
            ),
        )
        for n, text in enumerate(texts, start=1)
    )
    snap = build_snapshot(items=items)
    rows = read_back(write_actions_csv(snap, tmp_path / "actions.csv"))
    assert len(rows) == len(texts) + 1
    got = [r[1] for r in rows[1:]]
    # plain_text flattens the note to one line, as in the document's register.
    assert got[0] == 'Commas, "quotes" and a new line'
    assert got[1:] == [
        '\'=HYPERLINK("http://evil.example","click")',
        "'+33 1 23 45 67 89",
        "'-2 budget lines",
        "'@SUM(A1:A2)",
        "Árabe: مرحبا, emoji 🎉",
    ]
    assert {r[2] for r in rows[1:]} == {"'=cmd|' /C calc'!A0"}
    assert rows[1][3] == "2025-01-02"


def test_owner_with_a_newline_stays_in_one_cell(tmp_path: Path) -> None:
    snap = build_snapshot(
        items=(
            item(
                "a",
                "s1",
                1,
                "Draft the plan",
                "action",
                action=ActionFields(owner="UCLG\nMetropolis", status=ActionStatus.DROPPED),
            ),
        )
    )
    rows = read_back(write_actions_csv(snap, tmp_path / "actions.csv"))
    assert rows[1][2] == "UCLG\nMetropolis"
    assert rows[1][5] == "Dropped"
    assert list(csv.reader(io.StringIO((tmp_path / "actions.csv").read_text(encoding="utf-8-sig"))))[1][
        2
    ] == ("UCLG\nMetropolis")


def test_an_event_without_actions_gives_the_header_only(tmp_path: Path) -> None:
    rows = read_back(write_actions_csv(build_snapshot(items=()), tmp_path / "actions.csv"))
    assert rows == [HEADER_EN]
