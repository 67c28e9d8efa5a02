"""How long `export --to pdf` takes against LibreOffice's own conversion of the same DOCX, paired in one run.

Run: .venv/bin/python benchmarks/bench_pdf.py [--runs 3]
Writes the sample event's DOCX once (no photos, so both sides render the same bytes), then alternates, --runs
times: meetingkit's `docx_to_pdf` (fresh profile, contents updated by a Basic macro) and
`soffice --headless --convert-to pdf` (fresh profile too, contents left as cached). Prints medians and ratio.
"""

from __future__ import annotations

import argparse
import io
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from meetingkit.export.docx_writer import write_docx
from meetingkit.export.outline import ExportOptions, build_outline
from meetingkit.export.pdf import docx_to_pdf, find_libreoffice


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    soffice = find_libreoffice()
    if soffice is None:
        print("LibreOffice is not installed", file=sys.stderr)
        return 2
    from meetingkit.sample.build import write_sample
    from meetingkit.store import EventStore

    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        with EventStore.open(write_sample(folder / "sample.meeting"), read_only=True) as store:
            snapshot = store.snapshot()
        buffer = io.BytesIO()
        write_docx(build_outline(snapshot, ExportOptions()), buffer)
        docx = folder / "summaries.docx"
        docx.write_bytes(buffer.getvalue())
        ours: list[float] = []
        theirs: list[float] = []
        for run in range(args.runs):
            start = time.perf_counter()
            docx_to_pdf(buffer.getvalue(), folder / f"ours-{run}.pdf")
            ours.append(time.perf_counter() - start)
            profile = folder / f"profile-{run}"
            start = time.perf_counter()
            subprocess.run(
                [
                    soffice,
                    "--headless",
                    "--norestore",
                    f"-env:UserInstallation={profile.as_uri()}",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    str(folder / f"lo-{run}"),
                    str(docx),
                ],
                check=True,
                capture_output=True,
            )
            theirs.append(time.perf_counter() - start)
        a, b = statistics.median(ours), statistics.median(theirs)
        print(f"sample: export --to pdf {a:.2f} s vs LibreOffice --convert-to pdf {b:.2f} s ({a / b:.2f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
