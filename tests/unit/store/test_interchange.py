"""JSON interchange: lossless round trip, schema-valid output, clear messages for bad files, merging updates."""

from __future__ import annotations

import base64
import copy
import datetime as dt
import hashlib
import io
import itertools
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from meetingkit.core.errors import UserError
from meetingkit.core.model import Session
from meetingkit.store import EventStore
from meetingkit.store import interchange as ix
from meetingkit.store.blobs import CHUNK_SIZE
from meetingkit.store.interchange_writer import base64_pieces, write_event


def _export_data(store: EventStore) -> dict[str, Any]:
    """The event's interchange file as data, as a reader of it would see it."""
    buffer = io.BytesIO()
    write_event(store, buffer)
    data: dict[str, Any] = json.loads(buffer.getvalue())
    return data


@pytest.fixture
def rich(store: EventStore, session: Session) -> EventStore:
    """An event with a bit of everything the format carries, deleted records included."""
    store.update_event(description="Three days on **learning**.", conclusions="Meet again in 2018.")
    store.update_day(store.day(1).id, theme="Learning together")
    store.update_session(
        session.id,
        questions=["What works?", "What next?"],
        summary="Rapporteur's *summary*",
        people=[("Tim Campbell", "speaker"), ("Maria Lopez", "moderator")],
    )
    store.add_person("Ana Pérez", organisation="Metropolis", title="Director", email="ana@metropolis.org")
    store.add_focus_area("Capacity building", description="Training and exchanges")
    store.add_entry(
        session.id, "! Circulate the calendar @UCLG due:2017-10-15 ^short focus:[Capacity building]"
    )
    store.add_entry(session.id, "~ @UCLG and @Metropolis align their learning agendas")
    store.add_entry(session.id, '" Cities are people" @Tim_Campbell')
    gone = store.add_item(session.id, "deleted note, its tombstone travels too")
    store.delete_item(gone.id)
    store.add_attachment(
        bytes(range(256)) * 40,
        filename="slides.pdf",
        kind="presentation",
        media_type="application/pdf",
        session_id=session.id,
        caption="Keynote slides",
    )
    photo = store.add_attachment(
        b"\x89PNG\r\n\x1a\n photo",
        filename="plenary.png",
        kind="photo",
        media_type="image/png",
        selected=True,
        caption="Plenary",
        credit="J. Puig",
        width=4000,
        height=3000,
    )
    store.update_event(logo_attachment_id=photo.id)
    return store


def _write(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_export_then_import_into_a_new_file_gives_the_same_event(rich: EventStore, tmp_path: Path) -> None:
    exported = _export_data(rich)
    source = tmp_path / "event.json"
    ix.export_json(rich, source)
    with ix.create_from_json(tmp_path / "copy.meeting", source) as copy_store:
        again = _export_data(copy_store)
        assert again == exported
        assert copy_store.snapshot().items == rich.snapshot().items
        assert copy_store.blob_bytes(exported["attachments"][0]["sha256"]) == rich.blob_bytes(
            exported["attachments"][0]["sha256"]
        )
        # The copy is searchable like the original.
        assert {h.kind for h in copy_store.search("Keynote")} == {"attachment"}
        assert {h.kind for h in copy_store.search("calendar")} == {"item"}


def _whole_dict_export(store: EventStore) -> bytes:
    """How the export was written before it streamed: the whole event as one dict, dumped at once."""
    data: dict[str, Any] = {
        "format": ix.FORMAT,
        "version": ix.VERSION,
        "generator": _export_data(store)["generator"],
    }
    for table, key in ix.KEYS.items():
        records = []
        for row in store.query(f"SELECT * FROM {table} ORDER BY id"):
            record = dict(row)
            for column in ix.TABLES[table]:
                record[column] = json.loads(record[column])
            if table == "attachment":
                record["selected"] = bool(record["selected"])
            records.append(record)
        data[key] = records[0] if table == "event" else records
    data["blobs"] = {
        sha: base64.b64encode(store.blob_bytes(sha)).decode("ascii")
        for sha in sorted({a["sha256"] for a in data["attachments"]})
    }
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def test_the_streamed_export_is_byte_for_byte_the_whole_dict_dump(rich: EventStore, tmp_path: Path) -> None:
    # A blob of several chunks whose size is no multiple of 3: the base64 carries across chunk ends.
    rich.add_attachment(
        bytes(range(251)) * (2 * CHUNK_SIZE // 251 + 7),
        filename="talk.pdf",
        kind="presentation",
        media_type="application/pdf",
    )
    ix.export_json(rich, tmp_path / "event.json")
    assert (tmp_path / "event.json").read_bytes() == _whole_dict_export(rich)


def test_an_event_without_attachments_exports_like_the_whole_dict_dump(
    store: EventStore, tmp_path: Path
) -> None:
    ix.export_json(store, tmp_path / "empty.json")
    assert (tmp_path / "empty.json").read_bytes() == _whole_dict_export(store)
    assert '"blobs": {}' in (tmp_path / "empty.json").read_text(encoding="utf-8")


def test_export_import_export_gives_the_same_bytes(rich: EventStore, tmp_path: Path) -> None:
    ix.export_json(rich, tmp_path / "first.json")
    with ix.create_from_json(tmp_path / "copy.meeting", tmp_path / "first.json") as copy_store:
        ix.export_json(copy_store, tmp_path / "second.json")
    assert (tmp_path / "second.json").read_bytes() == (tmp_path / "first.json").read_bytes()


@given(
    data=st.binary(max_size=200),
    cuts=st.lists(st.integers(min_value=0, max_value=200), max_size=8),
)
def test_base64_of_chunks_is_base64_of_the_whole(data: bytes, cuts: list[int]) -> None:
    bounds = [0, *sorted(cuts), len(data)]
    chunks = [data[a:b] for a, b in itertools.pairwise(bounds)]
    assert b"".join(base64_pieces(chunks)) == base64.b64encode(data)


def test_a_file_in_another_key_order_and_with_a_bom_imports(rich: EventStore, tmp_path: Path) -> None:
    data = _export_data(rich)
    reordered = {key: data[key] for key in reversed(list(data))}  # blobs first, event last
    source = tmp_path / "reordered.json"
    source.write_bytes(b"\xef\xbb\xbf" + json.dumps(reordered, ensure_ascii=False).encode("utf-8"))
    with ix.create_from_json(tmp_path / "copy.meeting", source) as copy_store:
        assert _export_data(copy_store) == data


def test_a_part_given_twice_is_refused(valid: dict[str, Any], tmp_path: Path) -> None:
    text = json.dumps(valid)
    path = tmp_path / "twice.json"
    path.write_text(text[:-1] + ', "items": []}', encoding="utf-8")
    with pytest.raises(UserError, match="field items appears twice"):
        ix.check_file(path)


def test_export_holds_everything_including_tombstones_and_blobs(rich: EventStore) -> None:
    data = _export_data(rich)
    assert data["format"] == "meetingkit-event" and data["version"] == ix.VERSION
    assert any(item["deleted_at"] for item in data["items"])
    assert len(data["days"]) == 3
    assert data["event"]["conclusions"] == "Meet again in 2018."
    for attachment in data["attachments"]:
        assert attachment["sha256"] in data["blobs"]
    action = next(i for i in data["items"] if "action" in i["tags"])
    assert (action["owner"], action["due"], action["horizon"], action["focus_area"]) == (
        "UCLG",
        "2017-10-15",
        "short",
        "Capacity building",
    )


def test_exported_json_validates_against_the_shipped_schema(rich: EventStore, tmp_path: Path) -> None:
    target = tmp_path / "event.json"
    ix.export_json(rich, target)
    data = json.loads(target.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(ix.schema())
    jsonschema.validate(data, ix.schema(), cls=jsonschema.Draft202012Validator)


def test_export_is_deterministic(rich: EventStore, tmp_path: Path) -> None:
    ix.export_json(rich, tmp_path / "a.json")
    ix.export_json(rich, tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


# ---------------------------------------------------------------- invalid files


@pytest.fixture
def valid(rich: EventStore) -> dict[str, Any]:
    return _export_data(rich)


def _message_for(tmp_path: Path, data: object) -> str:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(UserError) as info:
        ix.check_file(path)
    message = str(info.value)
    assert message.startswith("bad.json")
    return message


def test_a_bad_status_names_the_field(valid: dict[str, Any], tmp_path: Path) -> None:
    data = copy.deepcopy(valid)
    data["items"][0]["status"] = "finished"
    message = _message_for(tmp_path, data)
    assert "items[0].status" in message
    assert "finished" in message


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d["event"].__setitem__("start_date", "12/09/2017"), "event.start_date"),
        (lambda d: d["days"][1].pop("date"), "days[1]"),
        (lambda d: d["sessions"][0].__setitem__("title", 42), "sessions[0].title"),
        (lambda d: d["items"][1].__setitem__("horizon", "soon"), "items[1].horizon"),
        (lambda d: d["attachments"][0].__setitem__("sha256", "not-a-hash"), "attachments[0].sha256"),
        (lambda d: d.__setitem__("surprise", True), "(top level)"),
        (lambda d: d.pop("items"), "(top level)"),
    ],
)
def test_invalid_records_name_the_bad_field(
    valid: dict[str, Any], tmp_path: Path, change: Any, field: str
) -> None:
    data = copy.deepcopy(valid)
    change(data)
    assert f"field {field}" in _message_for(tmp_path, data)


def test_blob_data_that_does_not_match_its_hash_is_refused(valid: dict[str, Any], tmp_path: Path) -> None:
    data = copy.deepcopy(valid)
    sha = next(iter(data["blobs"]))
    data["blobs"][sha] = "aGVsbG8="  # "hello"
    assert "does not match its sha256" in _message_for(tmp_path, data)
    data["blobs"][sha] = "%%% not base64"
    assert f"blobs.{sha}" in _message_for(tmp_path, data)


def test_missing_blob_data_is_refused(valid: dict[str, Any], tmp_path: Path) -> None:
    data = copy.deepcopy(valid)
    data["blobs"] = {}
    assert "missing" in _message_for(tmp_path, data)


def test_not_json_and_not_utf8_are_clear(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "meetingkit-event",\n "version": 1,,}', encoding="utf-8")
    with pytest.raises(UserError, match=r"broken.json is not valid JSON \(line 2"):
        ix.check_file(broken)
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"title": "Jos\xe9"}'.encode("latin-1"))
    with pytest.raises(UserError, match="not UTF-8"):
        ix.check_file(latin)
    with pytest.raises(UserError, match=r"\(top level\)"):
        ix.check_file(_write(tmp_path / "list.json", [1, 2]))  # type: ignore[arg-type]


def test_a_newer_format_version_is_refused(valid: dict[str, Any], tmp_path: Path) -> None:
    data = copy.deepcopy(valid)
    data["version"] = ix.VERSION + 1
    message = _message_for(tmp_path, data)
    assert "newer meetingkit" in message and "update" in message


def test_a_failed_create_leaves_no_file(valid: dict[str, Any], tmp_path: Path) -> None:
    data = copy.deepcopy(valid)
    data["items"][0]["session_id"] = "no-such-session"
    source = _write(tmp_path / "dangling.json", data)
    target = tmp_path / "new.meeting"
    with pytest.raises(UserError, match=r"field items\[\d+\]\.session_id: refers to a session"):
        ix.create_from_json(target, source)
    assert not target.exists()


# ---------------------------------------------------------------- importing into an existing file


def test_importing_another_event_is_refused(rich: EventStore, tmp_path: Path) -> None:
    with EventStore.create(
        tmp_path / "other.meeting", title="Another", start="2018-01-01", end="2018-01-01"
    ) as other:
        ix.export_json(other, tmp_path / "other.json")
    before = _export_data(rich)
    with pytest.raises(UserError, match="another event"):
        ix.import_json_file(rich, tmp_path / "other.json")
    assert _export_data(rich) == before


def test_importing_an_updated_copy_updates_only_newer_records(
    rich: EventStore, session: Session, tmp_path: Path
) -> None:
    ix.export_json(rich, tmp_path / "original.json")
    items = {i.text: i for i in rich.items()}
    circulate = items["Circulate the calendar"]
    quote = items["Cities are people"]
    with ix.create_from_json(
        tmp_path / "rapporteur.meeting", tmp_path / "original.json", author="ben"
    ) as theirs:
        theirs.update_item(circulate.id, text="Circulate the calendar to all members")
        added = theirs.add_item(session.id, "A note only the rapporteur took")
        ix.export_json(theirs, tmp_path / "rapporteur.json")
    rich.update_item(quote.id, text="Cities are their people")  # our own later edit must survive

    report = ix.import_json_file(rich, tmp_path / "rapporteur.json")

    assert report.updated == 1
    assert report.created >= 1
    assert rich.item(circulate.id).text == "Circulate the calendar to all members"
    assert rich.item(circulate.id).author == "ben"
    assert rich.item(added.id).text == "A note only the rapporteur took"
    assert rich.item(quote.id).text == "Cities are their people"
    assert [h.ref for h in rich.search("members")] == [circulate.id]


def test_importing_the_same_file_twice_changes_nothing(rich: EventStore, tmp_path: Path) -> None:
    ix.export_json(rich, tmp_path / "same.json")
    before = _export_data(rich)
    report = ix.import_json_file(rich, tmp_path / "same.json")
    assert report.created == 0 and report.updated == 0 and report.unchanged > 0
    assert _export_data(rich) == before


def test_blob_hashes_in_the_export_are_real(valid: dict[str, Any]) -> None:
    import base64

    for sha, encoded in valid["blobs"].items():
        assert hashlib.sha256(base64.b64decode(encoded)).hexdigest() == sha


@pytest.mark.parametrize(
    ("key", "column", "value"),
    [
        ("days", "date", "2017-02-30"),
        ("sessions", "start_time", "25:99"),
        ("items", "due", "2017-13-01"),
        ("items", "updated_at", "2017-09-12T10:61:00Z"),
    ],
)
def test_values_that_fit_the_pattern_but_not_the_calendar_are_refused(
    valid: dict[str, Any], tmp_path: Path, key: str, column: str, value: str
) -> None:
    data = copy.deepcopy(valid)
    data[key][0][column] = value
    message = _message_for(tmp_path, data)
    assert f"field {key}[0].{column}" in message
    assert value in message


def test_stamps_written_with_an_offset_are_compared_in_utc(rich: EventStore, tmp_path: Path) -> None:
    data = _export_data(rich)
    item = next(i for i in data["items"] if i["text"] == "Cities are people")
    ours = rich.item(item["id"])
    # An hour before our stamp, written at +14:00: as text it sorts after it, in time it is older.
    stamp = dt.datetime.fromisoformat(item["updated_at"].replace("Z", "+00:00"))
    older = (stamp - dt.timedelta(hours=1)).astimezone(dt.timezone(dt.timedelta(hours=14)))
    item["updated_at"] = older.isoformat(timespec="seconds")
    item["text"] = "older wording from a hand-edited file"
    report = ix.import_json_file(rich, _write(tmp_path / "offset.json", data))
    assert report.updated == 0
    assert rich.item(ours.id).text == "Cities are people"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (b'{"version": NaN}', "not valid JSON (lexical error"),
        (b'{"version": 1e999}', "out of range"),
        (b'{"version": ' + b"9" * 50 + b"}", "out of range"),
        (b'{"title": "Jos\xe9"}', "not UTF-8"),
        (b'{"format": "meetingkit-event", "items": [', "not valid JSON (parse error: premature EOF)"),
    ],
)
def test_a_file_too_large_to_reread_gets_the_stream_parsers_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: bytes, words: str
) -> None:
    from meetingkit.store import interchange_reader

    monkeypatch.setattr(interchange_reader, "_DIAGNOSE_LIMIT", 0)  # as if the file were large
    path = tmp_path / "large.json"
    path.write_bytes(text)
    with pytest.raises(UserError) as info:
        ix.check_file(path)
    assert words in str(info.value)
    assert "\n" not in str(info.value) and len(str(info.value)) < 200


def test_deep_nesting_inside_a_record_stops_the_reader(valid: dict[str, Any], tmp_path: Path) -> None:
    data = copy.deepcopy(valid)
    data["items"][0]["tags"] = json.loads("[" * 40 + "]" * 40)
    with pytest.raises(UserError, match="more than 32 levels deep"):
        ix.check_file(_write(tmp_path / "deep.json", data))
