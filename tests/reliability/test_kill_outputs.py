"""kill -9 at random moments of an export, a pack and an import: the output is absent, the previous one, or
complete; no process outlives the job; the next run of the same job clears what the killed one left."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
from pathlib import Path

import docx
import pytest
from icalendar import Calendar
from reliability.outputs_support import (
    attack_size,
    delays,
    kill_during,
    leftovers,
    measure,
    prepare,
    run,
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample event (photos and slides included), made once for the module."""
    folder = tmp_path_factory.mktemp("sample")
    event = folder / "sample.meeting"
    prepare(folder / "home", "demo", event)
    return event


def _complete(fmt: str, path: Path, reference: bytes) -> bool:
    """True when `path` is a whole export: the reference bytes, or for formats that stamp the time, one
    that parses to the end."""
    data = path.read_bytes()
    if fmt in {"md", "html", "csv", "json"}:
        return data == reference
    if fmt == "ics":
        calendar = Calendar.from_ical(data)
        return data.endswith(b"END:VCALENDAR\r\n") and len(calendar.walk("VEVENT")) > 0
    document = docx.Document(str(path))  # a cut zip fails here
    return len(document.paragraphs) > 10


@pytest.mark.parametrize("fmt", ["docx", "md", "html", "csv", "ics", "json"])
def test_a_killed_export_leaves_the_previous_file_or_a_whole_new_one(
    sample: Path, tmp_path: Path, fmt: str
) -> None:
    target = tmp_path / f"summaries.{fmt}"
    previous = b"the previous export, which a failed run must not damage\n"
    reference_path = tmp_path / f"reference.{fmt}"
    span = measure("export", sample, "--to", fmt, "-o", reference_path)
    reference = reference_path.read_bytes()
    kills = 0
    for delay in delays(f"export-{fmt}", span, 4 * attack_size()):
        target.write_bytes(previous)
        code = kill_during(["export", sample, "--to", fmt, "-o", target], delay)
        kills += code is None
        assert target.exists()
        assert target.read_bytes() == previous or _complete(fmt, target, reference)
    assert kills > 0  # the loop did interrupt exports, or it proved nothing
    run("export", sample, "--to", fmt, "-o", target)
    assert _complete(fmt, target, reference)
    assert leftovers(tmp_path) == []


def _pack_is_whole(folder: Path) -> bool:
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest["files"]:
        data = (folder / entry["path"]).read_bytes()
        if len(data) != entry["size"] or hashlib.sha256(data).hexdigest() != entry["sha256"]:
            return False
    listed = {entry["path"] for entry in manifest["files"]} | {"manifest.json"}
    present = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    return listed == present


def test_a_killed_pack_leaves_no_half_pack_and_no_photo_worker(
    sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "outcomes"
    zip_path = tmp_path / "outcomes.zip"

    def env_with_empty_cache(n: int) -> dict[str, str]:
        # An empty resize cache each time, so the photo workers are busy when the kill comes.
        return {**os.environ, "MEETINGKIT_HOME": str(tmp_path / f"home-{n}")}

    monkeypatch.setenv("MEETINGKIT_HOME", str(tmp_path / "home-measure"))
    span = measure("pack", sample, "-o", target, "--zip", "--workers", "2")
    shutil.rmtree(target)
    zip_path.unlink()
    kills = 0
    for n, delay in enumerate(delays("pack", span, 4 * attack_size())):
        code = kill_during(
            ["pack", sample, "-o", target, "--zip", "--workers", "2"], delay, env_with_empty_cache(n)
        )
        kills += code is None
        if target.exists():
            assert _pack_is_whole(target)
        shutil.rmtree(tmp_path / f"home-{n}", ignore_errors=True)
    assert kills > 0
    run("pack", sample, "-o", target, "--zip", "--workers", "2")
    assert _pack_is_whole(target)
    assert zip_path.is_file()
    assert leftovers(tmp_path) == []


def _count(event: Path, table: str) -> int:
    # A read-write connection: a kill mid-transaction leaves a hot journal that the next reader rolls back.
    with contextlib.closing(sqlite3.connect(event)) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0])


def test_a_killed_json_import_into_a_new_file_leaves_no_file_or_a_whole_one(
    sample: Path, tmp_path: Path
) -> None:
    source = tmp_path / "sample.json"
    run("export", sample, "--to", "json", "-o", source)
    items = _count(sample, "item")
    span = measure("import", tmp_path / "measured.meeting", source)
    for n, delay in enumerate(delays("import-json", span, 4 * attack_size())):
        target = tmp_path / f"imported-{n}.meeting"
        kill_during(["import", target, source], delay)
        if target.exists():
            assert _count(target, "item") == items
            run("check", target)
        else:
            run("import", target, source)  # the next run clears what the killed one left
            assert _count(target, "item") == items
    assert leftovers(tmp_path) == []


def test_a_killed_participants_import_adds_everyone_or_no_one(tmp_path: Path) -> None:
    event = tmp_path / "event.meeting"
    run("new", event, "--title", "Kill me", "--start", "2024-09-12", "--end", "2024-09-13")
    people = tmp_path / "people.csv"
    rows = 2000 * attack_size()
    people.write_text(
        "name,organisation,email\n"
        + "".join(f"Person {n},Org {n % 40},p{n}@example.org\n" for n in range(rows)),
        encoding="utf-8",
    )
    scratch = tmp_path / "scratch.meeting"
    shutil.copy(event, scratch)
    span = measure("import", scratch, people)
    for delay in delays("import-csv", span, 4 * attack_size()):
        before = _count(event, "person")
        kill_during(["import", event, people], delay)
        assert _count(event, "person") in {before, rows}
    run("check", event)
