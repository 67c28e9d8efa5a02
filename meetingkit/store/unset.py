"""The "leave unchanged" marker of the store's update methods (None can be a value to set)."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final


class Unset:
    """The type of UNSET: an update method's argument left at UNSET keeps the stored value."""

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = Unset()
