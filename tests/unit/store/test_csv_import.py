"""CSV import of a programme and of a participants list, as organisers export them from Excel or a web form."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from meetingkit.core.errors import UserError
from meetingkit.core.model import Role
from meetingkit.store import EventStore
from meetingkit.store.csv_import import ParticipantRow, ProgrammeRow, apply, read_csv


def _csv(tmp_path: Path, text: str, *, encoding: str = "utf-8", name: str = "import.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


PROGRAMME = (
    "day,start,end,title,room,format,speakers,moderator,rapporteur,questions\n"
    "1,09:30,11:00,Three guiding questions,Sala 1,plenary,Tim Campbell; Ana Pérez,Maria Lopez,Joan Puig,"
    "What works?|What next?|Who leads?\n"
    "2017-09-13,11:30,13:00,Smart Cities and beyond,Auditorium,keynote,Tim Campbell,,,\n"
    "day 3,,,Conclusions,,,,,,\n"
)


def test_a_programme_with_day_numbers_dates_times_speakers_and_questions(
    store: EventStore, tmp_path: Path
) -> None:
    preview = read_csv(_csv(tmp_path, PROGRAMME), store)
    assert preview.kind == "programme"
    assert preview.ok, preview.errors
    first, second, third = preview.rows
    assert (
        isinstance(first, ProgrammeRow)
        and isinstance(second, ProgrammeRow)
        and isinstance(third, ProgrammeRow)
    )
    assert (first.day, first.start, first.end) == (1, dt.time(9, 30), dt.time(11))
    assert first.speakers == ("Tim Campbell", "Ana Pérez")
    assert first.questions == ("What works?", "What next?", "Who leads?")
    assert second.day == 2
    assert (third.day, third.start) == (3, None)

    assert apply(store, preview) == 3
    sessions = {s.title: s for s in store.sessions()}
    opening = sessions["Three guiding questions"]
    assert opening.day_id == store.day(1).id
    assert opening.room == "Sala 1" and opening.format == "plenary"
    assert [(p.name, p.role) for p in opening.people] == [
        ("Maria Lopez", Role.MODERATOR),
        ("Tim Campbell", Role.SPEAKER),
        ("Ana Pérez", Role.SPEAKER),
        ("Joan Puig", Role.RAPPORTEUR),
    ]
    assert sessions["Smart Cities and beyond"].day_id == store.day(2).id
    assert sessions["Conclusions"].day_id == store.day(3).id


@pytest.mark.parametrize(
    ("row", "field", "words"),
    [
        ("1,9h75,10:00,Broken time", "start", "9h75"),
        ("1,10:00,09:00,Ends before it starts", "end", "not after"),
        ("5,09:00,10:00,Unknown day", "day", "no day 5"),
        ("2017-10-01,09:00,10:00,Outside the event", "day", "outside the event"),
        ("someday,09:00,10:00,Not a day", "day", "someday"),
        ("1,09:00,10:00,", "title", "must not be empty"),
    ],
)
def test_a_bad_row_reports_its_line_and_field(
    store: EventStore, tmp_path: Path, row: str, field: str, words: str
) -> None:
    text = "day,start,end,title\n1,08:00,09:00,Good row\n" + row + "\n1,14:00,15:00,Another good row\n"
    preview = read_csv(_csv(tmp_path, text), store)
    assert not preview.ok
    assert [line for line, _ in preview.errors] == [3]
    message = preview.errors[0][1]
    assert message.startswith(f"{field}:")
    assert words in message
    assert [r.line for r in preview.rows] == [2, 4]  # the good rows are still offered


def test_line_numbers_count_line_breaks_inside_quoted_cells(store: EventStore, tmp_path: Path) -> None:
    text = 'day,title,questions\n1,Opening,"What works?\nWhat next?"\n1,,\n'
    preview = read_csv(_csv(tmp_path, text), store)
    opening = preview.rows[0]
    assert isinstance(opening, ProgrammeRow) and opening.questions == ("What works?", "What next?")
    assert preview.errors == [(4, "title: must not be empty")]


def test_excel_semicolon_file_with_bom(store: EventStore, tmp_path: Path) -> None:
    text = (
        "Day;Start;End;Title;Speakers;Guiding questions\r\n"
        '1;09:30;11:00;Apertura;"Tim Campbell; Ana Pérez";"¿Qué funciona?|¿Qué sigue?"\r\n'
        "2;9.30;10:15;Hoja de ruta, corto plazo;;\r\n"
    )
    preview = read_csv(_csv(tmp_path, text, encoding="utf-8-sig"), store)
    assert preview.kind == "programme" and preview.ok, preview.errors
    first, second = preview.rows
    assert isinstance(first, ProgrammeRow) and isinstance(second, ProgrammeRow)
    assert first.title == "Apertura"  # no BOM glued to anything
    assert first.speakers == ("Tim Campbell", "Ana Pérez")
    assert first.questions == ("¿Qué funciona?", "¿Qué sigue?")
    assert second.title == "Hoja de ruta, corto plazo"
    assert second.start == dt.time(9, 30)


def test_participants_with_a_bad_email(store: EventStore, tmp_path: Path) -> None:
    text = (
        "Name,Organisation,Role,E-mail\n"
        "Ana Pérez,Metropolis,Director,ana@metropolis.org\n"
        "Bob Smith,UCLG,Officer,bob-at-uclg\n"
        "Carla Rossi,,,\n"
    )
    preview = read_csv(_csv(tmp_path, text), store)
    assert preview.kind == "participants"
    assert preview.errors == [(3, "email: 'bob-at-uclg' is not an e-mail address")]
    assert [r.name for r in preview.rows if isinstance(r, ParticipantRow)] == ["Ana Pérez", "Carla Rossi"]
    assert apply(store, preview) == 2
    people = {p.name: p for p in store.people()}
    assert people["Ana Pérez"].organisation == "Metropolis"
    assert people["Ana Pérez"].email == "ana@metropolis.org"
    assert "Bob Smith" not in people
    assert "Metropolis" in {o.name for o in store.organisations()}


def test_a_windows_1252_file(store: EventStore, tmp_path: Path) -> None:
    text = "name;organisation;role\r\nJosé Müller;Ajuntament de Barcelona;Técnico – innovación\r\n"
    preview = read_csv(_csv(tmp_path, text, encoding="cp1252"), store)
    assert preview.ok
    (row,) = preview.rows
    assert isinstance(row, ParticipantRow)
    assert (row.name, row.organisation, row.role) == (
        "José Müller",
        "Ajuntament de Barcelona",
        "Técnico – innovación",
    )


def test_a_tab_separated_file(store: EventStore, tmp_path: Path) -> None:
    preview = read_csv(_csv(tmp_path, "day\ttitle\n1\tOpening\n"), store)
    assert [r.title for r in preview.rows if isinstance(r, ProgrammeRow)] == ["Opening"]


def test_unknown_columns_and_empty_files_are_explained(store: EventStore, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="first row must name the columns"):
        read_csv(_csv(tmp_path, "foo,bar\n1,2\n"), store)
    with pytest.raises(UserError, match="is empty"):
        read_csv(_csv(tmp_path, "\n \n", name="empty.csv"), store)
    with pytest.raises(UserError, match="needs the columns 'day'"):
        read_csv(_csv(tmp_path, "name,title\nAna,Director\n", name="people.csv"), store, kind="programme")
    with pytest.raises(UserError, match="Cannot read"):
        read_csv(tmp_path / "missing.csv", store)


def test_blank_rows_are_skipped(store: EventStore, tmp_path: Path) -> None:
    preview = read_csv(_csv(tmp_path, "name\nAna\n,\n\nBob\n"), store)
    assert preview.ok
    assert [r.line for r in preview.rows] == [2, 5]


def test_nothing_is_written_by_reading(store: EventStore, tmp_path: Path) -> None:
    read_csv(_csv(tmp_path, PROGRAMME), store)
    assert store.sessions() == []
