"""The notes of one event file, for `meetingkit add`: EventStore's own opening and note records, without its
other kinds of records (days, attachments and their data, drafts, roadmap, vocabulary, merging), whose eight
modules a capture from a script would import for nothing.

One write path all the same: a note is captured by the very `add_entry` the window's capture line calls
(records/items.py), through StoreBase's transaction and the replica's flush.
"""

from __future__ import annotations

from meetingkit.store.opening import OpenFile
from meetingkit.store.records.items import ItemRecords


class NoteStore(ItemRecords, OpenFile):
    """An event file open to capture notes into its sessions (and read them back)."""
