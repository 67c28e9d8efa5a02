"""Hostile JSON and CSV handed to `meetingkit import`: one short sentence and no file, or a clean import;
never a traceback, a hang or a half-made event file."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from reliability.outputs_support import attack_size, leftovers, prepare, run

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The sample event as interchange data, made once for the module."""
    folder = tmp_path_factory.mktemp("json")
    event, out = folder / "sample.meeting", folder / "sample.json"
    prepare(folder / "home", "demo", event)
    prepare(folder / "home", "export", event, "--to", "json", "-o", out)
    data: dict[str, object] = json.loads(out.read_text(encoding="utf-8"))
    return data


def _assert_refused(tmp_path: Path, text: str | bytes, *words: str) -> str:
    source = tmp_path / "hostile.json"
    if isinstance(text, str):
        source.write_text(text, encoding="utf-8", errors="surrogatepass")
    else:
        source.write_bytes(text)
    target = tmp_path / "new.meeting"
    result = run("import", target, source)
    assert result.returncode == 2, result.stdout
    assert not target.exists()
    assert leftovers(tmp_path) == []
    for word in words:
        assert word in result.stderr
    return result.stderr


def test_deep_nesting_is_refused_before_parsing(tmp_path: Path) -> None:
    depth = 100_000 * attack_size()
    _assert_refused(tmp_path, "[" * depth + "]" * depth, "levels deep")
    _assert_refused(tmp_path, '{"a":' * 5000 + "1" + "}" * 5000, "levels deep")


def test_numbers_out_of_range_are_named(tmp_path: Path, exported: dict[str, object]) -> None:
    data = json.loads(json.dumps(exported))
    data["sessions"][0]["ord"] = 2**70  # type: ignore[index]
    _assert_refused(tmp_path, json.dumps(data), "sessions[0].ord", "out of range")
    _assert_refused(tmp_path, '{"version": ' + "9" * 5000 + "}", "too long")
    _assert_refused(tmp_path, '{"version": NaN}', "NaN")
    _assert_refused(tmp_path, '{"version": 1e999}', "out of range")


def test_a_top_level_list_gets_a_short_message(tmp_path: Path, exported: dict[str, object]) -> None:
    stderr = _assert_refused(tmp_path, json.dumps([exported] * 3), "(top level)")
    assert len(stderr) < 300


def test_not_json_at_all(tmp_path: Path) -> None:
    _assert_refused(tmp_path, b"\xff\xfe\x00garbage", "UTF-8")
    _assert_refused(tmp_path, "{" + '"a": "b",' * 1000, "not valid JSON")
    _assert_refused(tmp_path, "", "not valid JSON")


def test_lone_surrogates_and_controls_are_cleaned_not_fatal(
    tmp_path: Path, exported: dict[str, object]
) -> None:
    data = json.loads(json.dumps(exported))
    data["event"]["title"] = "Barcelona \ud800 meeting\x01"  # type: ignore[index]
    source = tmp_path / "surrogates.json"
    source.write_text(json.dumps(data), encoding="utf-8")  # ensure_ascii: "\ud800" as an escape
    target = tmp_path / "new.meeting"
    assert run("import", target, source).returncode == 0
    with closing(sqlite3.connect(target)) as conn:
        # The streaming parser reads a lone surrogate escape as "?", as the exporter writes one.
        assert conn.execute("SELECT title FROM event").fetchone()[0] == "Barcelona ? meeting"
    run("check", target)
    run("export", target, "--to", "docx", "-o", tmp_path / "out.docx")


def test_every_schema_error_is_one_short_line(tmp_path: Path, exported: dict[str, object]) -> None:
    long_text = "x" * 100_000
    for mutate in (
        lambda d: d.update(event=long_text),
        lambda d: d["items"].append({"id": long_text}),
        lambda d: d["event"].update(start_date=long_text),
        lambda d: d["event"].update(timezone=long_text),
        lambda d: d.update(blobs={"0" * 64: long_text}),
    ):
        data = json.loads(json.dumps(exported))
        mutate(data)
        stderr = _assert_refused(tmp_path, json.dumps(data))
        assert len(stderr) < 400


def test_a_huge_csv_cell_is_one_sentence(tmp_path: Path) -> None:
    event = tmp_path / "event.meeting"
    run("new", event, "--title", "Hostile CSV", "--start", "2024-09-12", "--end", "2024-09-13")
    for name, text in (
        ("cell.csv", 'name,organisation\n"' + "x" * 200_000 + '",Org\n'),
        ("open-quote.csv", 'name,organisation\n"Ana,Org\n' + "Bob,Org\n" * 20_000),
        ("nul.csv", "name,organisation\nAna\x00,Org\n"),
    ):
        source = tmp_path / name
        source.write_text(text, encoding="utf-8")
        result = run("import", event, source)
        assert result.returncode in {0, 2}
        if result.returncode == 2:
            assert name in result.stderr
    with closing(sqlite3.connect(event)) as conn:
        assert conn.execute("SELECT count(*) FROM person").fetchone()[0] <= 1


def test_a_large_participants_list_imports_in_one_pass(tmp_path: Path) -> None:
    """100,000 rows at size 1 took minutes before (a query per row); the timeout is the check."""
    event = tmp_path / "event.meeting"
    run("new", event, "--title", "Congress", "--start", "2024-09-12", "--end", "2024-09-13")
    rows = 20_000 * attack_size()
    people = tmp_path / "people.csv"
    people.write_text(
        "name,organisation,email\n"
        + "".join(f"Person {n},Org {n % 300},p{n}@example.org\n" for n in range(rows))
        + "PERSON 7,Org 7,again@example.org\n",  # the same person again, other case: updated, not added
        encoding="utf-8",
    )
    run("import", event, people)
    with closing(sqlite3.connect(event)) as conn:
        assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == rows
        assert (
            conn.execute("SELECT email FROM person WHERE name = 'Person 7'").fetchone()[0]
            == "again@example.org"
        )
        assert conn.execute("SELECT count(*) FROM organisation WHERE name LIKE 'Org %'").fetchone()[0] == 300
