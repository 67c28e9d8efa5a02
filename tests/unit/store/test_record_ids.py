"""New records' ids are random UUIDs (version 4), written as Python's uuid module writes them."""

from __future__ import annotations

import uuid

from meetingkit.store import rows


def test_new_ids_are_distinct_version_4_uuids_in_their_usual_spelling() -> None:
    ids = [rows.new_id() for _ in range(2000)]
    assert len(set(ids)) == len(ids)
    for made in ids:
        parsed = uuid.UUID(made)
        assert (parsed.version, parsed.variant) == (4, uuid.RFC_4122)
        assert str(parsed) == made
    # Every bit that is not the version's or the variant's varies (none is stuck at 0 or 1).
    values = [uuid.UUID(made).int for made in ids]
    fixed = (0xF << 76) | (0x3 << 62)
    random_bits = ((1 << 128) - 1) & ~fixed
    assert all(
        sum(v >> bit & 1 for v in values) not in (0, len(values))
        for bit in range(128)
        if random_bits >> bit & 1
    )
