"""What the Markdown and HTML exports cost against writing their bytes, paired in one run.

Run: .venv/bin/python benchmarks/bench_md_html.py [--runs 5] [--items 10000 100000]
For each size, a deterministic congress (bench_docx.congress: 5 days, 100 sessions, mostly plain notes, one
in five with some Markdown) is built in memory and its outline made once; then `render_markdown_document` and
`render_html_document` are timed (median of --runs, CPU seconds) each with its floor: writing the same text's
UTF-8 bytes to a file in the same folder. The ratio export / floor is what parsing and cleaning the notes costs on top of I/O.
To compare with another version of the code, run the same command with PYTHONPATH pointing at its checkout.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_docx import congress

import meetingkit
from meetingkit.export.html_writer import render_html_document
from meetingkit.export.md_writer import render_markdown_document
from meetingkit.export.outline import Outline, build_outline

try:
    from meetingkit.export import markdown_pipeline
except ImportError:  # a version before the one pipeline
    markdown_pipeline = None  # type: ignore[assignment]


def median_time(action: Callable[[], object], runs: int) -> float:
    # CPU time of this process: on a shared machine the wall clock mostly measures the other processes.
    times = []
    for _ in range(runs):
        start = time.process_time()
        action()
        times.append(time.process_time() - start)
    return statistics.median(times)


def export_once(render: Callable[[Outline], str], outline: Outline, target: Path) -> None:
    # Each export starts cold: the pipeline's parse cache (when this version has one) only helps when
    # several formats of one event are written, as the pack does.
    cache = getattr(getattr(markdown_pipeline, "_parsed", None), "cache_clear", None)
    if cache is not None:
        cache()
    target.write_bytes(render(outline).encode("utf-8"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--items", type=int, nargs="+", default=[10_000])
    args = parser.parse_args()
    print(f"meetingkit from {Path(meetingkit.__file__).parent}")
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "out"
        for items in args.items:
            outline = build_outline(congress(items))
            for name, render in (("markdown", render_markdown_document), ("html", render_html_document)):
                text = render(outline)  # the bytes the floor writes
                export = median_time(lambda r=render, o=outline: export_once(r, o, target), args.runs)
                floor = median_time(lambda t=text: target.write_bytes(t.encode("utf-8")), args.runs)
                print(
                    f"{items:7d} items {name:8s} export {export:7.3f} s  floor {floor * 1000:7.1f} ms"
                    f"  ({export / floor:5.1f}x)  {len(text.encode('utf-8')) / 1e6:5.1f} MB"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
