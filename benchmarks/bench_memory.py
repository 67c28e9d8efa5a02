"""Peak memory of every command on a congress with photos, and how it moves with the number of photos.

    .venv/bin/python benchmarks/bench_memory.py [--items 20000] [--photos 50 200] [--dir DIR]

For each photo count, one event is generated (benchmarks/event_files.py: 100 sessions, --items notes) with
that many distinct 12 MP JPEGs (a few real photos made by bench_resize.make_photos, each copy made distinct by
bytes after its end marker, which decoders ignore). Every command then runs as its own process under
`/usr/bin/time -v`; the table gives its peak RSS (MiB) and wall time for each photo count. A command whose
peak grows with the photos holds something per photo; the issue asks for 300 MiB at most whatever the count.
Beside them, the floors of the same run: a Python process that reads every blob chunk of the file with
sqlite3, and a plain Pillow loop resizing the same photos.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_resize import make_photos
from event_files import write_congress

from meetingkit.core.model import Consent
from meetingkit.store import EventStore

BASE_PHOTOS = 8
FLOOR_READ = """
import sqlite3, sys
conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
total = 0
for (data,) in conn.execute("SELECT data FROM blob_chunk"):
    total += len(data)
print(total)
"""
FLOOR_PILLOW = """
import sys
from pathlib import Path
from PIL import Image
for path in sorted(Path(sys.argv[1]).glob("*.jpg")):
    with Image.open(path) as im:
        im.draft("RGB", (2048, 2048))
        im.thumbnail((2048, 2048))
        im.save(Path(sys.argv[2]) / path.name, quality=85)
"""


def photo_event(folder: Path, items: int, photos: int, base: list[Path]) -> Path:
    path = folder / f"congress-{items}-{photos}p.meeting"
    if path.exists():
        return path
    plain = write_congress(folder / f"congress-{items}-nophotos.meeting", items=items, photos=0)
    partial = path.with_name(path.name + ".partial")
    shutil.copyfile(plain, partial)
    rng = random.Random(photos)
    with EventStore.open(partial, author="Bench") as store, store.batch():
        sessions = store.sessions()
        for n in range(photos):
            data = base[n % len(base)].read_bytes() + f"copy {n}".encode()
            store.add_attachment(
                data,
                filename=f"photo-{n + 1:03d}.jpg",
                kind="photo",
                media_type="image/jpeg",
                session_id=rng.choice(sessions).id,
                caption=f"Photo {n + 1}",
            )
        for attachment in store.attachments():
            store.update_attachment(attachment.id, selected=True, consent=Consent.AGREED)
    partial.replace(path)
    return path


def timed(argv: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(wall seconds, peak RSS MiB, error line or '') of one process under /usr/bin/time -v."""
    done = subprocess.run(
        ["/usr/bin/time", "-v", *argv], capture_output=True, text=True, env=env, check=False
    )
    wall = peak = 0.0
    for line in done.stderr.splitlines():
        line = line.strip()
        if line.startswith("Maximum resident set size"):
            peak = int(line.rsplit(":", 1)[1]) / 1024
        elif line.startswith("Elapsed (wall clock) time"):
            clock = line.rsplit(" ", 1)[1].split(":")
            wall = sum(float(x) * 60**i for i, x in enumerate(reversed(clock)))
    error = ""
    if done.returncode != 0:
        error = next(
            (x for x in done.stderr.splitlines() if x.startswith("meetingkit")), f"exit {done.returncode}"
        )
    return wall, peak, error


def commands(event: Path, work: Path) -> dict[str, list[str]]:
    mk = [sys.executable, "-m", "meetingkit"]
    copy = work / "copy.meeting"
    shutil.copyfile(event, copy)
    with EventStore.open(copy, author="Other") as store:
        session = store.sessions()[0]
        store.add_entry(session.id, "A note from the other laptop")
    return {
        "add": [*mk, "add", str(event), "--session", session.title[:20], "A new note"],
        "check": [*mk, "check", str(event)],
        "export docx": [*mk, "export", str(event), "--to", "docx", "-o", str(work / "s.docx")],
        "export md": [*mk, "export", str(event), "--to", "md", "-o", str(work / "s.md")],
        "export html": [*mk, "export", str(event), "--to", "html", "-o", str(work / "s.html")],
        "export json": [*mk, "export", str(event), "--to", "json", "-o", str(work / "s.json")],
        "import json (new file)": [*mk, "import", str(work / "imported.meeting"), str(work / "s.json")],
        "pack": [*mk, "pack", str(event), "-o", str(work / "pack")],
        "send --all": [*mk, "send", str(event), "-o", str(work / "all.mkupdate"), "--all"],
        "merge (a copy with one new note)": [*mk, "merge", str(event), str(copy)],
        "conflicts": [*mk, "conflicts", str(event)],
        "draft": [*mk, "draft", str(event)],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("--photos", type=int, nargs="+", default=[50, 200])
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "meetingkit-bench")
    parser.add_argument("--only", nargs="+", help="command names to run (default: all)")
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, MEETINGKIT_HOME=str(args.dir / "home"))
    base_folder = args.dir / "base-photos"
    base_folder.mkdir(exist_ok=True)
    base = sorted(base_folder.glob("*.jpg")) or make_photos(base_folder, BASE_PHOTOS)
    results: dict[str, dict[int, tuple[float, float, str]]] = {}
    for photos in args.photos:
        event = photo_event(args.dir, args.items, photos, base)
        photo_folder = args.dir / f"photos-{photos}"
        if not photo_folder.exists():
            photo_folder.mkdir()
            for n in range(photos):
                data = base[n % len(base)].read_bytes() + f"copy {n}".encode()
                (photo_folder / f"p{n:04d}.jpg").write_bytes(data)
        work = Path(tempfile.mkdtemp(prefix="mem-", dir=args.dir))
        try:
            runs = commands(event, work)
            floors = {
                "floor: read every blob (sqlite3)": [sys.executable, "-c", FLOOR_READ, str(event)],
                "floor: Pillow loop over the photos": [
                    sys.executable,
                    "-c",
                    FLOOR_PILLOW,
                    str(photo_folder),
                    str(work),
                ],
            }
            for name, argv in {**floors, **runs}.items():
                if args.only and name not in args.only and not name.startswith("floor"):
                    continue
                results.setdefault(name, {})[photos] = timed(argv, env)
                wall, peak, error = results[name][photos]
                print(f"{photos:4d} photos  {name:<36} {peak:7.0f} MiB {wall:7.1f} s {error}", flush=True)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    counts = args.photos
    print()
    print(f"| Command ({args.items} notes) | " + " | ".join(f"{c} photos: peak, time" for c in counts) + " |")
    print("| --- |" + " --- |" * len(counts))
    for name, by_count in results.items():
        cells = []
        for c in counts:
            wall, peak, error = by_count.get(c, (0.0, 0.0, "not run"))
            cells.append(f"{peak:.0f} MiB, {wall:.1f} s" + (f" ({error})" if error else ""))
        print(f"| {name} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
