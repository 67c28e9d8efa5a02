"""Exports, packs and imports onto a full disk or into a read-only folder: one sentence, exit 2, the previous
file untouched, nothing half written and no temporary file left behind.

The disks are real: a small tmpfs (root only; elsewhere these tests skip, and the writer-failure tests in
test_writer_fuzz.py still cover the code path).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from reliability.outputs_support import leftovers, mounted_tmpfs, prepare, run

pytestmark = pytest.mark.slow

FORMATS = ["docx", "md", "html", "csv", "ics", "json"]


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sample")
    event = folder / "sample.meeting"
    prepare(folder / "home", "demo", event)
    return event


def _fill(disk: Path, leave_kb: int) -> None:
    """Fill `disk` until about `leave_kb` KiB are free."""
    stats = os.statvfs(disk)
    free = stats.f_bavail * stats.f_frsize
    (disk / "filler").write_bytes(b"\0" * max(0, free - leave_kb * 1024))


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_export_onto_a_full_disk_keeps_the_previous_file(sample: Path, tmp_path: Path, fmt: str) -> None:
    previous = b"the previous export\n"
    with mounted_tmpfs(tmp_path / "disk", 512) as disk:
        target = disk / f"summaries.{fmt}"
        target.write_bytes(previous)
        _fill(disk, 8)
        result = run("export", sample, "--to", fmt, "-o", target)
        if result.returncode == 0:  # small enough for what was left: then it is whole
            assert target.stat().st_size > len(previous)
        else:
            assert "disk is full" in result.stderr
            assert target.read_bytes() == previous
        assert leftovers(disk) == []


def test_a_pack_onto_a_full_disk_leaves_no_pack_and_no_partial_folder(sample: Path, tmp_path: Path) -> None:
    with mounted_tmpfs(tmp_path / "disk", 2048) as disk:
        _fill(disk, 256)
        result = run("pack", sample, "-o", disk / "outcomes", "--zip")
        assert result.returncode == 2
        assert "disk is full" in result.stderr
        assert sorted(p.name for p in disk.iterdir()) == ["filler"]


def test_a_json_import_onto_a_full_disk_creates_no_file(sample: Path, tmp_path: Path) -> None:
    source = tmp_path / "sample.json"
    run("export", sample, "--to", "json", "-o", source)
    with mounted_tmpfs(tmp_path / "disk", 2048) as disk:
        _fill(disk, 512)
        result = run("import", disk / "copy.meeting", source)
        assert result.returncode == 2
        assert "copy.meeting" in result.stderr and ".partial" not in result.stderr
        assert sorted(p.name for p in disk.iterdir()) == ["filler"]


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Path:
    with mounted_tmpfs(tmp_path / "read-only", 64, read_only=True) as folder:
        yield folder


@pytest.mark.parametrize("fmt", [*FORMATS, "article"])
def test_an_export_into_a_read_only_folder_is_one_sentence(
    sample: Path, read_only_folder: Path, fmt: str
) -> None:
    result = run("export", sample, "--to", fmt, "-o", read_only_folder / f"out.{fmt}")
    assert result.returncode == 2
    assert "read-only" in result.stderr or "permission denied" in result.stderr
    assert list(read_only_folder.iterdir()) == []


def test_a_pack_and_an_import_into_a_read_only_folder_are_one_sentence(
    sample: Path, read_only_folder: Path, tmp_path: Path
) -> None:
    assert run("pack", sample, "-o", read_only_folder / "outcomes", "--zip").returncode == 2
    source = tmp_path / "sample.json"
    run("export", sample, "--to", "json", "-o", source)
    assert run("import", read_only_folder / "copy.meeting", source).returncode == 2
    assert list(read_only_folder.iterdir()) == []
