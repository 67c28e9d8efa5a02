"""Code outside meetingkit/store uses the store's public API only: no private names, no raw transaction."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import meetingkit
from meetingkit.core.errors import NotFoundError
from meetingkit.core.model import Session
from meetingkit.store import UNSET, EventStore, ReadOnlyError

PACKAGE = Path(meetingkit.__file__).parent
BENCHMARKS = PACKAGE.parent / "benchmarks"

# What an EventStore holds privately: its methods and helpers (from every mixin) and its attributes.
PRIVATE_MEMBERS = {
    name
    for klass in EventStore.__mro__
    for name in vars(klass)
    if name.startswith("_") and not name.startswith("__")
} | {"_conn", "_lock", "_in_write", "_replica"}
# Hands out the sqlite3 connection: for the store's own modules (import, merge); others use batch().
STORE_ONLY_METHODS = {"transaction", "reindex_all", "query_lenient"}


def _offences(source: str, filename: str) -> list[str]:
    tree = ast.parse(source, filename=filename)
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("meetingkit.store"):
            modules = (node.module or "").split(".")
            found += [
                f"{filename}:{node.lineno} imports {node.module}" for part in modules if part.startswith("_")
            ]
            found += [
                f"{filename}:{node.lineno} imports {alias.name} from {node.module}"
                for alias in node.names
                if alias.name.startswith("_")
            ]
        elif isinstance(node, ast.Import):
            found += [
                f"{filename}:{node.lineno} imports {alias.name}"
                for alias in node.names
                if alias.name.startswith("meetingkit.store")
                and any(part.startswith("_") for part in alias.name.split("."))
            ]
        elif isinstance(node, ast.Attribute):
            owner = node.value.id if isinstance(node.value, ast.Name) else ""
            if node.attr in STORE_ONLY_METHODS or (
                node.attr in PRIVATE_MEMBERS and owner not in ("self", "cls")
            ):
                found.append(f"{filename}:{node.lineno} uses .{node.attr}")
    return found


def _outside_the_store() -> list[Path]:
    files = [p for p in PACKAGE.rglob("*.py") if "store" not in p.relative_to(PACKAGE).parts[:1]]
    return sorted(files + sorted(BENCHMARKS.glob("*.py")))


def test_the_scan_covers_the_callers_that_once_reached_in() -> None:
    names = {p.relative_to(PACKAGE.parent).as_posix() for p in _outside_the_store()}
    assert {"meetingkit/cli.py", "meetingkit/ui/commands.py", "meetingkit/sample/build.py"} <= names
    assert not any(name.startswith("meetingkit/store/") for name in names)


def test_the_scan_finds_each_way_in() -> None:
    planted = (
        "from meetingkit.store.eventstore import _Unset\n"
        "import meetingkit.store._hidden\n"
        "with store.transaction() as conn:\n"
        "    store._conn.execute('DELETE FROM item')\n"
    )
    assert len(_offences(planted, "planted.py")) == 4


def test_no_code_outside_the_store_reaches_into_it() -> None:
    offences = [
        o for path in _outside_the_store() for o in _offences(path.read_text(encoding="utf-8"), str(path))
    ]
    assert offences == []


def test_a_batch_saves_all_its_edits_or_none(store: EventStore, session: Session, event_path: Path) -> None:
    with store.batch():
        store.add_item(session.id, "first of two")
        store.add_item(session.id, "second of two")
    with pytest.raises(NotFoundError), store.batch():
        store.add_item(session.id, "kept only if the whole batch is")
        store.add_item("no-such-session", "refused")
    with EventStore.open(event_path, read_only=True) as reader:
        assert [i.text for i in reader.items(session.id)] == ["first of two", "second of two"]


def test_a_batch_on_a_read_only_store_is_refused(store: EventStore, event_path: Path) -> None:
    with EventStore.open(event_path, read_only=True) as reader, pytest.raises(ReadOnlyError), reader.batch():
        pass


def test_unset_leaves_a_field_as_it_was(store: EventStore, session: Session) -> None:
    item = store.add_item(session.id, "note", speaker="Ana")
    assert store.update_item(item.id, text="changed", speaker=UNSET).speaker == "Ana"
    assert store.update_item(item.id, speaker="").speaker == ""
