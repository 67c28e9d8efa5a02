"""Photo consent: three states, and the upgrade of files whose consent was a yes that defaulted to yes."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from support.replicas import canonical, copies
from support.versions import as_version

from meetingkit.attach import attach_bytes
from meetingkit.core.errors import UserError
from meetingkit.core.model import Consent
from meetingkit.store import EventStore
from meetingkit.store.consent import from_legacy


def _jpeg(colour: tuple[int, int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(buffer, "JPEG")
    return buffer.getvalue()


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    """A version-3 file: one photo nobody reviewed, one ticked yes again by a person, one refused."""
    path = tmp_path / "event.meeting"
    with EventStore.create(path, title="Old", start="2017-09-12", end="2017-09-12", author="Org") as store:
        for name, colour in (
            ("default.jpg", (9, 0, 0)),
            ("ticked.jpg", (0, 9, 0)),
            ("refused.jpg", (0, 0, 9)),
        ):
            attach_bytes(store, _jpeg(colour), name, selected=True)
        by_name = {a.filename: a.id for a in store.attachments()}
        store.update_attachment(by_name["default.jpg"], caption="Edited, consent untouched")
        store.update_attachment(by_name["ticked.jpg"], consent=Consent.AGREED)
        store.update_attachment(by_name["refused.jpg"], consent=Consent.REFUSED)
    as_version(path, 3)
    return path


def test_new_photos_are_not_asked_until_someone_says(tmp_path: Path) -> None:
    with EventStore.create(tmp_path / "e.meeting", title="E", start="2017-09-12", end="2017-09-12") as store:
        photo = attach_bytes(store, _jpeg((1, 2, 3)), "a.jpg")
        assert photo.consent is Consent.UNKNOWN
        assert store.update_attachment(photo.id, consent="agreed").consent is Consent.AGREED
        with pytest.raises(UserError, match="consent"):
            store.update_attachment(photo.id, consent="maybe")


def test_a_version_3_yes_stays_agreed_only_when_a_person_set_it(old_file: Path) -> None:
    raw = sqlite3.connect(old_file)
    assert [r[0] for r in raw.execute("SELECT consent FROM attachment ORDER BY filename")] == [1, 0, 1]
    raw.close()
    with EventStore.open(old_file) as store:
        consent = {a.filename: a.consent for a in store.attachments()}
        assert consent == {
            "default.jpg": Consent.UNKNOWN,
            "ticked.jpg": Consent.AGREED,
            "refused.jpg": Consent.REFUSED,
        }
        assert store.conflicts() == []
    assert list(old_file.parent.glob("event.v3-backup*.meeting")), "the old file is kept aside first"


def test_two_copies_of_one_old_file_upgrade_alike_and_merge_without_conflict(old_file: Path) -> None:
    ana_path, ben_path = copies(old_file, ["ana", "ben"])
    with EventStore.open(ana_path, author="Ana") as ana, EventStore.open(ben_path, author="Ben") as ben:
        entries = "SELECT id, body FROM reg_entry ORDER BY id"
        assert [tuple(r) for r in ana.query(entries)] == [tuple(r) for r in ben.query(entries)]
        (report,) = ana.merge([ben.path])
        assert (report.added, report.changed, report.conflicts) == (0, 0, ())
        assert canonical(ana) == canonical(ben)


def test_consent_replicates_as_a_register_field(old_file: Path) -> None:
    ana_path, ben_path = copies(old_file, ["ana", "ben"])
    with EventStore.open(ana_path, author="Ana") as ana, EventStore.open(ben_path, author="Ben") as ben:
        photo = next(a for a in ana.attachments() if a.filename == "default.jpg")
        ana.update_attachment(photo.id, consent=Consent.AGREED)
        ben.merge([ana.path])
        assert ben.attachment(photo.id).consent is Consent.AGREED


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=st.one_of(st.booleans(), st.integers(-2, 2), st.sampled_from([c.value for c in Consent])))
def test_an_old_value_reads_as_one_of_the_three_states(value: object) -> None:
    chosen, default = from_legacy(value, chosen=True), from_legacy(value, chosen=False)
    assert chosen in Consent and default in Consent
    if isinstance(value, str):
        assert chosen is default is Consent(value)
    elif not value:
        assert chosen is default is Consent.REFUSED
    else:  # only a person's yes is an agreement
        assert (chosen, default) == (Consent.AGREED, Consent.UNKNOWN)


def test_a_copy_still_at_version_3_merges_into_an_upgraded_one(old_file: Path) -> None:
    ana_path, ben_path = copies(old_file, ["ana", "ben"])
    with EventStore.open(ana_path, author="Ana") as ana:
        (report,) = ana.merge([ben_path])  # ben's copy was never opened by this version
        assert report.conflicts == ()
        consent = {a.filename: a.consent for a in ana.attachments()}
        assert consent["refused.jpg"] is Consent.REFUSED and consent["default.jpg"] is Consent.UNKNOWN
