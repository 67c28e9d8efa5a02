"""`meetingkit add` imports what one note needs: every module more is paid by each capture from a script."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import site
import subprocess
import sys
from pathlib import Path

import pytest

import meetingkit
from meetingkit.store import EventStore

# Loaded by the commands and pages that use them; `add` only opens the file, finds the session and saves one
# note: not the window, the exports, the pack's worker pool or an event loop; not OpenSSL's hashes (attaching,
# upgrading, conflicts), time zones (an event's own) or `secrets`; not the replication library (the note's Yjs
# update is encoded by the store, yjs_encoding.py), nor uuid (ids are made from os.urandom), nor what pycrdt
# brought (importlib.metadata for its version, anyio and asyncio under it). Nor what the store reads only to
# show or settle conflicts, search, or read the history for the window (register_conflicts, search, history);
# nor the editor lock (the app takes it); nor `inspect` and `decimal`, which two libraries import at their top
# for paths `add` never takes (deferred_modules.py); nor argparse, with gettext, for a plainly spelled line
# (cli._plain_add reads it); nor platformdirs, with tempfile and shutil's compression modules (core/paths.py
# reads the XDG rule on Linux; test_paths.py runs add's folder lookup without MEETINGKIT_HOME): each of these
# is imported for real only where it is used. Nor `copy` (with weakref), which dataclasses imports at its top
# for asdict and astuple only (deferred_modules.py); nor `typing` (hints are read by the type checker only,
# and a capture's position key is made without fractional_indexing, which imports it); nor the UTF-16 codec
# for an ASCII note (yjs_encoding measures it without); nor getpass, with termios, for the login name a
# session's environment holds (store.connection.default_author reads it first); nor the store's modules of
# the records a note never touches (store/capture.py opens the file with the notes' records only).
NOT_IN_ADD = (
    "PIL",
    "PySide6",
    "_hashlib",
    "anyio",
    "argparse",
    "asyncio",
    "bz2",
    "copy",
    "decimal",
    "docx",
    "encodings.utf_16_le",
    "fractional_indexing",
    "getpass",
    "gettext",
    "hashlib",
    "hmac",
    "ijson",
    "importlib.metadata",
    "inspect",
    "jsonschema",
    "lzma",
    "markdown",
    "multiprocessing",
    "platform",
    "platformdirs",
    "pycrdt",
    "secrets",
    "shutil",
    "tempfile",
    "termios",
    "typing",
    "uuid",
    "weakref",
    "websockets",
    "zlib",
    "zoneinfo",
    "meetingkit.assistant",
    "meetingkit.cli_parser",
    "meetingkit.core.event_records",
    "meetingkit.core.drafts",
    "meetingkit.core.organiser_records",
    "meetingkit.core.snapshot",
    "meetingkit.export",
    "meetingkit.media",
    "meetingkit.sample",
    "meetingkit.store.backups",
    "meetingkit.store.blobs",
    "meetingkit.store.check",
    "meetingkit.store.conflicts",
    "meetingkit.store.csv_import",
    "meetingkit.store.eventstore",
    "meetingkit.store.history",
    "meetingkit.store.interchange",
    "meetingkit.store.lock",
    "meetingkit.store.merging",
    "meetingkit.store.rapporteurs",
    "meetingkit.store.records.attachments",
    "meetingkit.store.records.days",
    "meetingkit.store.records.drafts",
    "meetingkit.store.records.roadmap",
    "meetingkit.store.records.vocabulary",
    "meetingkit.store.register_conflicts",
    "meetingkit.store.search",
    "meetingkit.store.summary_drafts",
    "meetingkit.store.updates",
    "meetingkit.ui",
    "meetingkit.venue",
)

# Nor pathlib, with re's users under it (the store handles paths with os.path), nor importlib (the `meetingkit`
# script's process; `python -m` imports it to run the package): checked in a regular install only, since the
# editable install's path finder imports them into every process of its venv.
NOT_IN_ADD_REGULAR = ("fnmatch", "importlib", "ipaddress", "pathlib", "urllib")
# A plain note (no action, no synergy) makes none of the note fields' dataclasses (core/action_fields.py), so
# the dataclasses module is not imported either.
NOT_IN_A_PLAIN_NOTE = ("dataclasses", "meetingkit.core.action_fields", "meetingkit.core.synergy_fields")


def _regular_install() -> tuple[list[str], dict[str, str]]:
    """An interpreter that finds meetingkit and its libraries on plain path entries, as a wheel installs
    them: no site (so no .pth file runs the editable install's finder), the folders on PYTHONPATH."""
    entries = [str(Path(meetingkit.__file__).resolve().parent.parent), *site.getsitepackages()]
    return [sys.executable, "-S"], dict(os.environ, PYTHONPATH=os.pathsep.join(entries))


# As the `meetingkit` script does: main() with no arguments is the process's own entry (and defers modules).
ADD = """
import json, sys
from meetingkit.cli import main
from meetingkit.deferred_modules import loaded
status = main()
print(json.dumps(sorted(name for name in sys.modules if loaded(name))))
sys.exit(status)
"""


@pytest.mark.parametrize("install", ["this venv's", "regular"])
def test_add_imports_only_what_one_note_needs(tmp_path: Path, install: str) -> None:
    python, env = ([sys.executable], dict(os.environ)) if install != "regular" else _regular_install()
    env["LOGNAME"] = "rapporteur"  # as a login session sets it
    refused = NOT_IN_ADD + (NOT_IN_ADD_REGULAR if install == "regular" else ())
    path = tmp_path / "congress.meeting"
    with EventStore.create(
        path, title="Congress", start=dt.date(2025, 10, 6), end=dt.date(2025, 10, 7)
    ) as store:
        store.add_session(store.days()[0].id, "Opening plenary")
    before = tmp_path / "colleague.meeting"
    shutil.copyfile(path, before)
    for line, refused_here in (
        ("a first note", refused + NOT_IN_A_PLAIN_NOTE),
        ("! Circulate the calendar @UCLG due:2025-11-01 ^short", refused),
    ):  # a new file, a known one
        done = subprocess.run(
            [*python, "-c", ADD, "add", str(path), "--session", "opening", line],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        item_id, modules = done.stdout.strip().splitlines()
        loaded = json.loads(modules)
        early = [name for name in loaded if any(name == p or name.startswith(p + ".") for p in refused_here)]
        assert early == []
    with EventStore.open(path, read_only=True) as store:
        assert store.item(item_id).text == "Circulate the calendar"
        assert [i.text for i in store.items()] == ["a first note", "Circulate the calendar"]
    # The notes reach a colleague's copy made before them, with their words: the update written without
    # pycrdt reads.
    with EventStore.open(before, author="Colleague") as colleague:
        colleague.merge([path])
        assert [i.text for i in colleague.items()] == ["a first note", "Circulate the calendar"]
