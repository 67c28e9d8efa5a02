"""The vocabulary offered while typing: known tags and names."""

from __future__ import annotations

from meetingkit.store import rows
from meetingkit.store.base import StoreBase


class VocabularyRecords(StoreBase):
    """Tags and names already used, for completion."""

    def known_tags(self) -> list[str]:
        """Every tag used on a live item, most used first (built-in tags included)."""
        # Counted here rather than with json_each(): a damaged list must give the damaged-file sentence.
        # SQLite groups the notes by their list of tags (a congress has a handful of distinct lists among
        # 100,000 notes): each list is decoded once; untagged notes are not read at all.
        uses: dict[str, int] = {}
        with self._decoding("item"):
            for row in self._conn.execute(
                "SELECT tags, count(*) FROM item WHERE deleted_at IS NULL AND tags != '[]' GROUP BY tags"
            ):
                for tag in rows.list_of(row, "tags"):
                    uses[tag] = uses.get(tag, 0) + int(row[1])
        return sorted(uses, key=lambda tag: (-uses[tag], tag))

    def known_names(self) -> list[str]:
        """People, organisations and every owner, party or speaker named in items, without duplicates."""
        names: list[str] = []
        with self._decoding("name"):
            for row in self._conn.execute(
                "SELECT name FROM person WHERE deleted_at IS NULL"
                " UNION SELECT name FROM organisation WHERE deleted_at IS NULL"
            ):
                names.append(rows.text_of(row, "name"))
        with self._decoding("item"):
            # Each distinct naming decoded once (SQLite drops the repeats), and only from notes that name
            # someone (most name nobody).
            for row in self._conn.execute(
                "SELECT DISTINCT owner, speaker, parties FROM item WHERE deleted_at IS NULL"
                " AND (owner != '' OR speaker != '' OR parties != '[]')"
            ):
                names += [
                    rows.text_of(row, "owner"),
                    rows.text_of(row, "speaker"),
                    *rows.list_of(row, "parties"),
                ]
        seen: dict[str, str] = {}
        for name in names:
            if name:
                seen.setdefault(name.casefold(), name)
        return sorted(seen.values(), key=str.casefold)
