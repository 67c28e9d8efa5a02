"""A deferred module works for every use, and becomes the real module on first use.

Each case runs in a fresh interpreter: this one has long imported `inspect`, `decimal` and `copy`.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import meetingkit


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip()


def test_a_deferred_module_loads_on_first_use_and_then_is_the_real_one() -> None:
    out = _run(
        """
import sys
from meetingkit.deferred_modules import defer, loaded
defer()
import decimal, inspect
print(loaded("decimal"), loaded("inspect"))
print(decimal.Decimal("2.5").quantize(decimal.Decimal("1"), rounding=decimal.ROUND_HALF_UP))
import decimal as again
print(loaded("decimal"), again is sys.modules["decimal"], type(again).__name__)
from inspect import signature
print(signature(lambda a, b=2: None))
"""
    )
    assert out.splitlines() == ["False False", "3", "True True module", "(a, b=2)"]


def test_what_imported_the_stand_in_keeps_working_through_it() -> None:
    # dataclasses bound `inspect` to the stand-in at its import: a class without a docstring still gets
    # its signature as documentation, and fractional_indexing still rounds with `decimal`.
    out = _run(
        """
from meetingkit.deferred_modules import defer, loaded
defer()
from dataclasses import asdict, dataclass, field
from fractional_indexing import generate_n_keys_between
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list[str] = field(default_factory=list)
print(Point.__doc__)
print(len(generate_n_keys_between("a0", "a1", 5)), loaded("decimal"), loaded("inspect"), loaded("copy"))
point = Point(1, tags=["a"])
copied = asdict(point)
copied["tags"].append("b")
print(copied, point.tags, loaded("copy"))
"""
    )
    assert out.splitlines() == [
        "Point(x: int, y: int = 0, tags: list[str] = <factory>)",
        "5 True True False",
        "{'x': 1, 'y': 0, 'tags': ['a', 'b']} ['a'] True",
    ]


@pytest.mark.parametrize("module", ["inspect", "decimal", "copy"])
def test_a_module_already_imported_is_left_alone(module: str) -> None:
    out = _run(
        f"""
import sys, {module}
real = sys.modules["{module}"]
from meetingkit.deferred_modules import defer, loaded
defer()
print(sys.modules["{module}"] is real, loaded("{module}"))
"""
    )
    assert out == "True True"


def test_every_dataclass_says_what_it_holds() -> None:
    # A dataclass without a docstring gets its signature as one, through `inspect`: at import, in every
    # process (~0.1 ms a class), and it loads the module a command defers.
    package = Path(meetingkit.__file__).parent
    undocumented = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            decorated = isinstance(node, ast.ClassDef) and any(
                "dataclass" in ast.unparse(d) for d in node.decorator_list
            )
            if decorated and ast.get_docstring(node) is None:
                undocumented.append(f"{path.relative_to(package)}: {node.name}")
    assert undocumented == []
