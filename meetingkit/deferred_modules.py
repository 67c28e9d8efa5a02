"""Standard modules a command process loads only when it first uses them.

Two libraries on `meetingkit add`'s path import a module at their top that they use only on rare paths:
`dataclasses` calls `inspect` only for a class without a docstring (ours all have one: a test keeps it so)
and `copy` only in `asdict` and `astuple` (which `add` never calls), and `fractional_indexing` calls `decimal`
only to split a gap between several new keys. Importing them cost a capture ~10 ms (`inspect` brings `ast`,
`dis` and `tokenize`; `copy` brings `weakref`, ~1 ms of an action note's `add`), a quarter of what `add` spent
above a bare SQLite insert.

`importlib.util.LazyLoader` would be the standard way, but on Python 3.11 the `import` statement itself reads
the module's `__spec__`, which makes a lazy module load at once. A stand-in that loads the real module on the
first attribute anyone reads keeps every use working: the stand-in forwards to the real module ever after,
and the real module replaces it in `sys.modules` for every later import.
"""

from __future__ import annotations

import _thread
import sys
import types

DEFERRED = ("inspect", "decimal", "copy")

_loading = _thread.RLock()  # loading one module may read another's stand-in


class _StandIn(types.ModuleType):
    def __getattr__(self, name: str) -> object:
        # Only called for what the stand-in lacks: anything but its name, so the first real use loads.
        return getattr(_real(self.__name__), name)


def _real(module: str) -> types.ModuleType:
    with _loading:
        if isinstance(sys.modules.get(module), _StandIn):
            del sys.modules[module]
        # The import statement's own function: the importlib package costs a process that has not loaded it
        # (the `meetingkit` script, unlike `python -m`) ~1.5 ms. DEFERRED names top-level modules only.
        __import__(module)
        return sys.modules[module]


def defer() -> None:
    """Put a stand-in in `sys.modules` for each of DEFERRED this process has not imported yet."""
    for module in DEFERRED:
        if module not in sys.modules:
            sys.modules[module] = _StandIn(module)


def loaded(module: str) -> bool:
    """Whether `module` is imported for real (not only its stand-in)."""
    return module in sys.modules and not isinstance(sys.modules[module], _StandIn)
