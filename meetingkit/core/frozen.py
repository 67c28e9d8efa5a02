"""Frozen records written out: immutable slotted classes compared, hashed, shown and pickled field by field as
a frozen dataclass is, for the few records every `meetingkit add` makes.

A dataclass writes its methods' source and compiles it when its module is imported: ~0.7 ms a class, paid
by every `add` for each class on its path (its floor, a bare SQLite insert, is ~30 ms). These methods are
compiled once, with the package. Records that callers copy with `dataclasses.replace` stay dataclasses.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import ClassVar


class Frozen:
    """Base of a frozen record: a subclass names its fields in `_FIELDS` (its constructor's order), lists them
    in `__slots__` and sets them in `__init__` with `object.__setattr__`."""

    __slots__ = ()
    _FIELDS: ClassVar[tuple[str, ...]] = ()

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self._FIELDS)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Frozen)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._FIELDS)
        return f"{self.__class__.__qualname__}({shown})"

    # dataclasses' own error, imported when raised: a plain note's `add` imports no dataclasses module.
    def __setattr__(self, name: str, value: object) -> None:
        from dataclasses import FrozenInstanceError

        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        from dataclasses import FrozenInstanceError

        raise FrozenInstanceError(f"cannot delete field {name!r}")

    # pickle and copy set a slotted object's fields through setattr unless told otherwise
    def __getstate__(self) -> tuple[object, ...]:
        return self._values()

    def __setstate__(self, state: tuple[object, ...]) -> None:
        for name, value in zip(self._FIELDS, state, strict=True):
            object.__setattr__(self, name, value)
