"""What the paired benchmarks share: the code trees they compare, and timing whole processes."""

from __future__ import annotations

import compileall
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def code_trees(baseline: Path | None) -> list[tuple[str, Path | None]]:
    """("before", the --baseline tree) if given, then ("after", None: this checkout), each compiled first
    so no figure includes compilation."""
    compileall.compile_dir(str(ROOT / "meetingkit"), quiet=1)
    trees: list[tuple[str, Path | None]] = [("after", None)]
    if baseline is not None:
        trees.insert(0, ("before", baseline.resolve()))
        compileall.compile_dir(str(baseline), quiet=1)
    return trees


def tree_env(tree: Path | None) -> dict[str, str]:
    """This process's environment, importing meetingkit from `tree` (None: this checkout)."""
    env = dict(os.environ)
    if tree is not None:
        env["PYTHONPATH"] = str(tree) + os.pathsep + env.get("PYTHONPATH", "")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def timed_process(argv: list[str], env: dict[str, str], cwd: Path | None = None) -> tuple[float, int]:
    """Wall seconds and peak RSS in KiB of one process (GNU time's "Maximum resident set size").

    It runs in `cwd`, by default the system's temporary folder, never the checkout: `python -m` puts the
    working folder first on sys.path, which would shadow the tree a --baseline names in PYTHONPATH.
    """
    start = time.perf_counter()
    done = subprocess.run(
        ["/usr/bin/time", "-v", *argv],
        env=env,
        capture_output=True,
        text=True,
        cwd=cwd or tempfile.gettempdir(),
    )
    took = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed:\n{done.stderr[-2000:]}")
    peak = next(
        int(line.split(":")[1]) for line in done.stderr.splitlines() if "Maximum resident set size" in line
    )
    return took, peak


def run_child(script: str, args: list[str], env: dict[str, str]) -> dict[str, float]:
    """Run `script` (a benchmark's own file) with `args`; its last line of output is a JSON object."""
    done = subprocess.run([sys.executable, script, *args], env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"child {args[:2]} failed:\n{done.stderr[-3000:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))
