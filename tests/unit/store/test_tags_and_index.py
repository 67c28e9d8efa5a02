"""Turning tags off clears their fields, and the search index follows every edit exactly once."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.tamper import run_sql

from meetingkit.core.model import Role, Tag
from meetingkit.store import EventStore
from meetingkit.store.errors import DamagedFileError


def test_untagging_an_action_or_synergy_clears_its_fields(tmp_path: Path) -> None:
    with EventStore.create(tmp_path / "e.meeting", title="T", start="2017-09-12", end="2017-09-12") as store:
        session = store.add_session(store.day(1).id, "Plenary")
        item = store.add_entry(session.id, "!~ Align agendas with @UCLG and @Metropolis due:2017-10-01")
        item = store.set_tag(item.id, Tag.ACTION, False)
        assert not item.has(Tag.ACTION) and item.action is None
        item = store.set_tag(item.id, Tag.SYNERGY, False)
        assert item.tags == () and item.synergy is None
        assert store.set_tag(item.id, Tag.ACTION, True).action is not None


def test_search_entries_are_replaced_not_duplicated(tmp_path: Path) -> None:
    with EventStore.create(tmp_path / "e.meeting", title="T", start="2017-09-12", end="2017-09-12") as store:
        session = store.add_session(store.day(1).id, "Plenary")
        item = store.add_entry(session.id, "* peer learning")
        for word in ("brokering", "intermediation", "brokering again"):
            store.update_item(item.id, text=word)
        assert [h.ref for h in store.search("brokering")] == [item.id]
        assert store.search("intermediation") == [] and store.search("peer") == []
        store.delete_item(item.id)
        assert store.search("brokering") == []
        store.restore_item(item.id)
        assert [h.ref for h in store.search("brokering")] == [item.id]
        assert store.query("SELECT count(*) FROM search WHERE kind = 'item'")[0][0] == 1


def test_names_offered_are_everyone_named_once(tmp_path: Path) -> None:
    """Completion and spelling know people, organisations, owners, speakers and parties, each once."""
    with EventStore.create(tmp_path / "e.meeting", title="T", start="2017-09-12", end="2017-09-12") as store:
        session = store.add_session(store.day(1).id, "Plenary", people=[("Ana Pérez", Role.SPEAKER)])
        store.add_entry(session.id, "! Circulate the calendar @UCLG")
        store.add_entry(session.id, "~ Align agendas with @Metropolis and @uclg")
        store.add_entry(session.id, '" Cities learn from cities @[Emilia Saiz]')
        store.add_entry(session.id, "A note that names nobody")
        gone = store.add_entry(session.id, "! Deleted action @Nobody")
        store.delete_item(gone.id)
        names = store.known_names()
    assert "Ana Pérez" in names and "Metropolis" in names and "Emilia Saiz" in names
    assert [n.casefold() for n in names].count("uclg") == 1
    assert "Nobody" not in names and "" not in names


def test_tags_offered_are_counted_over_every_note_most_used_first(tmp_path: Path) -> None:
    """Notes sharing one list of tags are counted once each, whatever the order they were written in."""
    with EventStore.create(tmp_path / "e.meeting", title="T", start="2017-09-12", end="2017-09-12") as store:
        session = store.add_session(store.day(1).id, "Plenary")
        for text in ["#data a", "#housing #data b", "#housing #data c", "#housing d", "#mobility e"]:
            store.add_entry(session.id, text)
        gone = store.add_entry(session.id, "#mobility #mobility gone")
        store.delete_item(gone.id)
        tags = [t for t in store.known_tags() if t in {"data", "housing", "mobility"}]
    assert tags == ["data", "housing", "mobility"]  # 3, 3 (then by name), 1: the deleted note does not count


def test_a_damaged_list_of_tags_gives_the_damaged_file_sentence_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "e.meeting"
    with EventStore.create(path, title="T", start="2017-09-12", end="2017-09-12") as store:
        store.add_entry(store.add_session(store.day(1).id, "Plenary").id, "#data a")
    run_sql(path, "UPDATE item SET tags = '[\"data\", 7'")
    with EventStore.open(path) as store, pytest.raises(DamagedFileError, match=r"e\.meeting is damaged"):
        store.known_tags()
