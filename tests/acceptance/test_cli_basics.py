"""The CLI contract end to end: new, session, add, check, JSON round trip, and clear errors."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from support.cli import Run, assert_user_error

from meetingkit import __version__


def _event(run: Run, tmp_path: Path) -> tuple[Path, str]:
    file = tmp_path / "x.meeting"
    run(
        "new",
        file,
        "--title",
        "Learning meeting",
        "--start",
        "2017-09-12",
        "--end",
        "2017-09-14",
        "--venue",
        "Barcelona",
        "--organiser",
        "UCLG",
        "--organiser",
        "Metropolis",
    )
    session_id = run(
        "session",
        file,
        "--day",
        "2",
        "--title",
        "Smart Cities and beyond",
        "--start",
        "10:00",
        "--end",
        "11:30",
        "--speaker",
        "Tim Campbell",
        "--question",
        "What is being learned?",
    ).stdout.strip()
    return file, session_id


def test_version(run: Run) -> None:
    assert run("--version").stdout.strip() == f"meetingkit {__version__}"


def test_new_session_add_check(run: Run, tmp_path: Path) -> None:
    file, session_id = _event(run, tmp_path)
    assert len(session_id) == 36
    item_id = run(
        "add", file, "--session", "Smart", "! Circulate the calendar @UCLG due:2017-10-01 ^short"
    ).stdout
    assert len(item_id.strip()) == 36
    report = run("check", file).stdout
    assert "3 days, 1 sessions, 1 items" in report
    assert report.strip().endswith("OK")


def test_json_round_trip_is_identical(run: Run, tmp_path: Path) -> None:
    file, _ = _event(run, tmp_path)
    run("add", file, "--session", "Smart", '" Opening and partnering with others @[Tim Campbell]')
    run("add", file, "--session", "Smart", "~ @UCLG and @Metropolis align their learning agendas")
    run("export", file, "--to", "json", "-o", "a.json")
    run("import", "copy.meeting", "a.json")
    run("export", "copy.meeting", "--to", "json", "-o", "b.json")
    a = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    b = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    a.pop("generator"), b.pop("generator")
    assert a == b
    quote = next(i for i in a["items"] if "quote" in i["tags"])
    assert quote["text"] == "Opening and partnering with others" and quote["speaker"] == "Tim Campbell"


def test_user_mistakes_are_one_line_and_exit_2(run: Run, tmp_path: Path) -> None:
    file, _ = _event(run, tmp_path)
    assert_user_error(run("add", file, "--session", "nope", "hello", check=False), "no session")
    assert_user_error(
        run("add", tmp_path / "missing.meeting", "--session", "x", "y", check=False), "does not exist"
    )
    assert_user_error(run("session", file, "--day", "9", "--title", "T", check=False), "day 9")
    assert_user_error(
        run("session", file, "--day", "1", "--title", "T", "--start", "25:00", check=False), "start"
    )
    assert_user_error(
        run("new", file, "--title", "T", "--start", "2017-09-12", "--end", "2017-09-14", check=False),
        "already exists",
    )
    assert_user_error(
        run("new", "y.meeting", "--title", "T", "--start", "2017-09-14", "--end", "2017-09-12", check=False),
        "before",
    )
    assert_user_error(run("add", file, "--session", "Smart", "!", check=False), "text")
    assert_user_error(run("export", file, "--to", "rtf", "-o", "x.rtf", check=False), "invalid choice")
    assert_user_error(run("frobnicate", file, check=False))


def test_foreign_and_damaged_files_refused_untouched(run: Run, tmp_path: Path) -> None:
    text = tmp_path / "notes.meeting"
    text.write_text("just some notes\n", encoding="utf-8")
    file, _ = _event(run, tmp_path)
    damaged = tmp_path / "damaged.meeting"
    data = bytearray(file.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # garbage over the second page
    damaged.write_bytes(bytes(data))
    for target in (text, damaged):
        before = hashlib.sha256(target.read_bytes()).hexdigest()
        result = run("add", target, "--session", "Smart", "hello", check=False)
        assert_user_error(result)
        assert hashlib.sha256(target.read_bytes()).hexdigest() == before
    assert "not a meetingkit event file" in run("check", text, check=False).stderr


def test_import_json_errors_name_the_field(run: Run, tmp_path: Path) -> None:
    file, _ = _event(run, tmp_path)
    run("add", file, "--session", "Smart", "! Do it @UCLG")
    run("export", file, "--to", "json", "-o", "a.json")
    data = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    data["items"][0]["status"] = "someday"
    (tmp_path / "bad.json").write_text(json.dumps(data), encoding="utf-8")
    assert_user_error(run("import", "new.meeting", "bad.json", check=False), "items[0].status")
    assert not (tmp_path / "new.meeting").exists()
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    assert_user_error(run("import", "new.meeting", "broken.json", check=False), "not valid json")


def test_csv_programme_import(run: Run, tmp_path: Path) -> None:
    file, _ = _event(run, tmp_path)
    csv = tmp_path / "programme.csv"
    csv.write_text(
        "day,start,end,title,room,format,speakers,moderator,rapporteur,questions\n"
        "1,09:30,11:00,How are networks and cities learning?,Sala 1,panel,Ana Ruiz; Li Wei,Sara Diop,Jon Bell,"
        "How? | With whom?\n"
        "2017-09-13,12:00,13:00,Expectations and demands,Sala 2,workshop,,,,\n",
        encoding="utf-8-sig",
    )
    assert "Imported 2 sessions" in run("import", file, csv).stdout
    bad = tmp_path / "bad.csv"
    bad.write_text("day,title,start\n1,Fine,09:00\n7,Lost day,10:00\n1,Bad time,9am\n", encoding="utf-8")
    result = run("import", file, bad, check=False)
    assert result.returncode == 2
    assert "row 3: day: there is no day 7" in result.stderr
    assert "row 4: start" in result.stderr
    assert "nothing was imported" in result.stderr
    assert "3 days, 3 sessions" in run("check", file).stdout


def _modules_imported(run: Run, monkeypatch: pytest.MonkeyPatch, *args: str | Path) -> set[str]:
    """The modules `meetingkit ARGS` imports (the interpreter lists every module it imports)."""
    monkeypatch.setenv("PYTHONPROFILEIMPORTTIME", "1")
    result = run(*args)
    monkeypatch.delenv("PYTHONPROFILEIMPORTTIME")
    modules = {line.rsplit("|", 1)[1].strip() for line in result.stderr.splitlines() if "|" in line}
    assert "meetingkit.store.eventstore" in modules  # the listing is real: the command went through the store
    return modules


def _packages_imported(run: Run, monkeypatch: pytest.MonkeyPatch, *args: str | Path) -> set[str]:
    """The top-level packages `meetingkit ARGS` imports."""
    return {name.split(".")[0] for name in _modules_imported(run, monkeypatch, *args)}


# What the window does first: open the event (with its editor lock) and show the first session's notes.
OPEN_AND_READ = """
import sys
from pathlib import Path
from meetingkit.store import EventStore
with EventStore.open(Path(sys.argv[1]), lock=True) as store:
    session = store.sessions()[0]
    print(session.title, "|", " / ".join(item.text for item in store.items(session.id)))
"""


def test_opening_and_reading_an_event_does_not_load_the_replication_library(run: Run, tmp_path: Path) -> None:
    """pycrdt (with anyio) is ~40 ms of every start: only a write's Yjs update, the history, a merge, an
    update file or a sync need it, so the window's first session shows without it."""
    file, _session_id = _event(run, tmp_path)
    shutil.copyfile(file, tmp_path / "copy.meeting")  # another rapporteur's copy, from before the note
    run("add", file, "--session", "Smart", "A note from the shell")
    read = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", OPEN_AND_READ, str(file)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert read.stdout.strip() == "Smart Cities and beyond | A note from the shell"
    modules = {line.rsplit("|", 1)[1].strip() for line in read.stderr.splitlines() if "|" in line}
    assert "meetingkit.store.replica" in modules  # the listing is real: the store was imported
    # Nor what only writes need: new ids (uuid), position keys (fractional_indexing and decimal), text
    # diffs; nor OpenSSL's hashes or time zones.
    for_writes = {"uuid", "fractional_indexing", "decimal", "difflib", "hashlib", "zoneinfo"}
    assert not ({"pycrdt", "anyio"} | for_writes) & modules, ({"pycrdt", "anyio"} | for_writes) & modules
    # The note written by `add` still travels: merged into the copy made before it.
    run("merge", "copy.meeting", file)
    assert "1 items" in run("check", "copy.meeting").stdout


def test_importing_a_valid_file_does_not_load_the_error_wording(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """jsonschema only words what is wrong with a refused record (test_import_json_errors_name_the_field);
    a valid file is checked by the compiled validator alone."""
    file, _session_id = _event(run, tmp_path)
    run("export", file, "--to", "json", "-o", "a.json")
    packages = _packages_imported(run, monkeypatch, "import", "copy.meeting", "a.json")
    assert "jsonschema_rs" in packages and "jsonschema" not in packages
    assert "1 sessions" in run("check", "copy.meeting").stdout
