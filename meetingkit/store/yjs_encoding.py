"""What of Yjs's binary encoding (lib0 v1) the store writes itself: state vectors, and one replica's own
writes as an update.

Every local write adds new keys to the document's two root maps (replica.py): a register entry is a JSON
string under a new entry id in ``entries``, a new text a Y.Text under a new key in ``texts``. A new key has
no left neighbour in any replica, so each write is one struct (two for a text with words) that depends on
nothing else in the document, and the update is a list of those structs. Encoding that list takes a few
lines, where building it with pycrdt means importing pycrdt and anyio (~40 ms, as much as all the rest of
`meetingkit add`) and keeping Yjs structures in memory.

The bytes are those pycrdt (yrs) gives for the same writes — tests compare them for arbitrary keys and
texts — in the lib0 v1 encoding both Yjs and yrs read: per struct an info byte (content kind, whether a
parent key follows), the parent (a root type's name, or the id of the Y.Text a string belongs to), the key,
the content; then an empty delete set. A Y.Text's clock counts UTF-16 code units, as in Yjs.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

EMPTY_STATE = b"\x00"  # a state vector that knows nothing: an update since it holds everything
EMPTY_UPDATE = b"\x00\x00"  # no structs, no deletions

_CONTENT_STRING = 4
_CONTENT_TYPE = 7
_CONTENT_ANY = 8
_HAS_PARENT_SUB = 0x20
_NAMED_PARENT, _ID_PARENT = b"\x01", b"\x00"
_TEXT_TYPE = b"\x02"
_ANY_STRING = b"\x77"  # lib0's tag of a string in an Any value


def varuint(number: int) -> bytes:
    """lib0's unsigned integer: seven bits a byte, low bits first, the high bit saying more follow."""
    out = bytearray()
    while number > 0x7F:
        out.append(0x80 | (number & 0x7F))
        number >>= 7
    out.append(number)
    return bytes(out)


def _read_varuint(data: bytes, at: int) -> tuple[int, int]:
    number = shift = 0
    while True:
        if at >= len(data):
            raise ValueError("truncated state vector")
        byte = data[at]
        at += 1
        number |= (byte & 0x7F) << shift
        if byte < 0x80:
            return number, at
        shift += 7


def decode_state(data: bytes) -> dict[int, int]:
    """A Yjs state vector: each client's next clock."""
    count, at = _read_varuint(data, 0)
    state: dict[int, int] = {}
    for _ in range(count):
        client, at = _read_varuint(data, at)
        clock, at = _read_varuint(data, at)
        state[client] = clock
    return state


def encode_state(state: dict[int, int]) -> bytes:
    return varuint(len(state)) + b"".join(
        varuint(client) + varuint(clock) for client, clock in sorted(state.items())
    )


def _string(text: str) -> bytes:
    data = text.encode("utf-8")
    return varuint(len(data)) + data


def _utf16_length(text: str) -> int:
    # ASCII first: the UTF-16 codec is a module of its own to import (~0.2 ms of an `add`).
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2


class NewKeys:
    """A replica's writes of new keys into the root maps ``entries`` and ``texts``, from its clock 0."""

    def __init__(self, client_id: int) -> None:
        self.client_id = client_id
        self._client = varuint(client_id)
        self._clock = 0
        self._clocks: list[int] = []  # each struct's first clock, ascending
        self._structs: list[bytes] = []
        self._into_entries = bytes([_CONTENT_ANY | _HAS_PARENT_SUB]) + _NAMED_PARENT + _string("entries")
        self._into_texts = bytes([_CONTENT_TYPE | _HAS_PARENT_SUB]) + _NAMED_PARENT + _string("texts")

    def put(self, entry_id: str, body: str, texts: Iterable[tuple[str, str]] = ()) -> None:
        """One register entry and the new texts it refers to (key, words), in the order Yjs would write them."""
        for key, words in texts:
            self._add(self._into_texts + _string(key) + _TEXT_TYPE, 1)
            if words:  # an empty Y.Text holds no string struct
                parent = self._clock - 1
                self._add(
                    bytes([_CONTENT_STRING]) + _ID_PARENT + self._client + varuint(parent) + _string(words),
                    _utf16_length(words),
                )
        self._add(self._into_entries + _string(entry_id) + b"\x01" + _ANY_STRING + _string(body), 1)

    def _add(self, struct: bytes, length: int) -> None:
        self._clocks.append(self._clock)
        self._structs.append(struct)
        self._clock += length

    def get_state(self) -> bytes:
        """The state vector, as a Yjs document's."""
        return encode_state({self.client_id: self._clock} if self._clock else {})

    def get_update(self, since: bytes = EMPTY_STATE) -> bytes:
        """The writes made after state vector `since` (one this object gave) as a Yjs update."""
        start = decode_state(since).get(self.client_id, 0)
        first = bisect_left(self._clocks, start)
        if first == len(self._structs):
            return EMPTY_UPDATE
        if self._clocks[first] != start:
            raise ValueError("a Yjs state vector falls inside one of this replica's writes")
        structs = self._structs[first:]
        return b"".join((b"\x01", varuint(len(structs)), self._client, varuint(start), *structs, b"\x00"))
