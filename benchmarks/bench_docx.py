"""How long the Word export takes against pandoc turning our own Markdown export into Word, paired in one run.

Run: .venv/bin/python benchmarks/bench_docx.py [--runs 5] [--items 10000] [--no-sample]
Two events, both without photos: the built-in sample (the Barcelona meeting, through the store), and a
deterministic *congress* generated in memory (5 days, 100 sessions, --items items). For each, times
`write_docx` (median of --runs) and `pandoc in.md -o out.docx` on the Markdown of the same outline
(md_writer when present, else a plain rendering made here), then prints both medians and their ratio.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from meetingkit.core.model import (
    ActionFields,
    ActionStatus,
    Day,
    Event,
    EventSnapshot,
    FocusArea,
    Horizon,
    Item,
    Person,
    Role,
    Session,
    SessionPerson,
    SynergyFields,
    Tag,
)
from meetingkit.export.docx_writer import write_docx
from meetingkit.export.outline import (
    BulletList,
    Fields,
    FileList,
    KeyFigures,
    Markdown,
    Outline,
    Paragraph,
    Quote,
    Section,
    Table,
    build_outline,
)

# fmt: off
WORDS = (
    "city", "learning", "network", "peer", "exchange", "metropolitan", "governance", "knowledge",
    "platform", "mobility", "housing", "climate", "finance", "partners", "training", "review", "agenda",
    "services", "members", "capacity", "local", "regional", "data", "evaluation", "outcomes",
    "brokering", "visibility", "communication", "research", "resource", "mobilisation",
)
# fmt: on

ORGS = ("UCLG", "Metropolis", "Cities Alliance", "UN-Habitat", "ICLEI", "World Bank", "GIZ", "Barcelona")
FOCUS = ("Facilitate peer learning", "Communication and visibility", "Knowledge management", "Brokering")


def sentence(rng: random.Random, low: int = 6, high: int = 22) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    return " ".join(words).capitalize()


def note_text(rng: random.Random) -> str:
    """Mostly plain lines, as typed live; one in five uses some Markdown."""
    roll = rng.random()
    text = sentence(rng)
    if roll < 0.08:
        return f"{text} with **{rng.choice(WORDS)}** and *{rng.choice(WORDS)}*"
    if roll < 0.12:
        return f"See [{rng.choice(WORDS)}](https://example.org/{rng.randint(1, 500)}) for {text.lower()}"
    if roll < 0.16:
        return f"{text}:\n\n- {sentence(rng, 3, 8)}\n- {sentence(rng, 3, 8)}\n    - {sentence(rng, 2, 5)}"
    if roll < 0.20:
        return f"{text} `{rng.choice(WORDS)}_{rng.randint(1, 9)}`"
    return text


def congress(items: int = 10_000, seed: int = 2017) -> EventSnapshot:
    """5 days, 100 sessions, `items` items, deterministic."""
    rng = random.Random(seed)
    start = dt.date(2017, 9, 12)
    days = tuple(
        Day(f"d{i}", i + 1, start + dt.timedelta(days=i), theme=sentence(rng, 3, 6)) for i in range(5)
    )
    people = tuple(Person(f"p{i}", f"Person {i:03d}", ORGS[i % len(ORGS)], "Officer") for i in range(300))
    sessions = []
    for n in range(100):
        day = days[n // 20]
        chosen = rng.sample(people, 4)
        sessions.append(
            Session(
                f"s{n}",
                day.id,
                n % 20,
                sentence(rng, 3, 7),
                start=dt.time(9 + (n % 20) // 3, 0),
                end=dt.time(10 + (n % 20) // 3, 0),
                room=f"Room {n % 6 + 1}",
                questions=(sentence(rng, 5, 9) + "?", sentence(rng, 5, 9) + "?"),
                summary=f"{sentence(rng, 20, 40)}.\n\n{sentence(rng, 20, 40)} **{rng.choice(WORDS)}**.",
                people=(
                    SessionPerson(chosen[0].id, chosen[0].name, Role.MODERATOR, chosen[0].organisation),
                    SessionPerson(chosen[1].id, chosen[1].name, Role.SPEAKER, chosen[1].organisation),
                    SessionPerson(chosen[2].id, chosen[2].name, Role.SPEAKER, chosen[2].organisation),
                    SessionPerson(chosen[3].id, chosen[3].name, Role.RAPPORTEUR, chosen[3].organisation),
                ),
            )
        )
    kinds = (
        [None] * 10 + [Tag.KEY_POINT] * 3 + [Tag.DECISION, Tag.QUESTION, Tag.QUOTE, Tag.ACTION, Tag.SYNERGY]
    )
    records = []
    moment = dt.datetime(2017, 9, 12, 9, 0, tzinfo=dt.UTC)
    for i in range(items):
        session = sessions[i * len(sessions) // items]
        kind = rng.choice(kinds)
        action = synergy = None
        speaker = ""
        if kind is Tag.ACTION:
            action = ActionFields(
                owner=rng.choice(ORGS),
                due=start + dt.timedelta(days=rng.randint(30, 700)),
                horizon=rng.choice(list(Horizon)),
                status=rng.choice(list(ActionStatus)),
                focus_area=rng.choice(FOCUS),
            )
        elif kind is Tag.SYNERGY:
            synergy = SynergyFields(tuple(rng.sample(ORGS, 2)), rng.choice(WORDS))
        elif kind is Tag.QUOTE:
            speaker = rng.choice(people).name
        records.append(
            Item(
                f"i{i}",
                session.id,
                i,
                note_text(rng),
                moment + dt.timedelta(seconds=30 * i),
                tags=(str(kind),) if kind else (),
                action=action,
                synergy=synergy,
                speaker=speaker,
            )
        )
    event = Event(
        "congress",
        "World Congress of Cities and Regions",
        start,
        start + dt.timedelta(days=4),
        subtitle="Generated benchmark event",
        venue="Convention centre",
        city="Barcelona",
        organisers=("UCLG", "Metropolis"),
        description=sentence(rng, 40, 60),
        conclusions=f"{sentence(rng, 30, 50)}\n\n- {sentence(rng)}\n- {sentence(rng)}",
    )
    return EventSnapshot(
        event=event,
        days=days,
        sessions=tuple(sessions),
        items=tuple(records),
        people=people,
        focus_areas=tuple(FocusArea(f"f{i}", name, i) for i, name in enumerate(FOCUS)),
    )


def sample_snapshot(folder: Path) -> EventSnapshot | None:
    try:
        from meetingkit.sample.build import write_sample
        from meetingkit.store.eventstore import EventStore
    except ImportError:
        return None
    path = write_sample(folder / "sample.meeting")
    store = EventStore.open(path, read_only=True)
    try:
        return store.snapshot()
    finally:
        store.close()


# ------------------------------------------------------------------- Markdown of the same outline


def plain_markdown(outline: Outline) -> str:
    """A straightforward Markdown rendering of the outline, used when md_writer is not available."""
    out: list[str] = [f"# {outline.cover.title}", "", outline.cover.document_label, ""]

    def section(s: Section) -> None:
        out.extend([f"{'#' * s.heading.level} {s.heading.text}", ""])
        for child in s.children:
            if isinstance(child, Section):
                section(child)
            elif isinstance(child, Markdown):
                out.extend([child.source, ""])
            elif isinstance(child, Paragraph):
                out.extend(["".join(sp.text for sp in child.spans), ""])
            elif isinstance(child, (Fields, KeyFigures)):
                out.extend([f"**{f.label}:** {f.value}  " for f in child.rows] + [""])
            elif isinstance(child, BulletList):
                for e in child.entries:
                    lead = "".join(sp.text for sp in e.lead)
                    trail = "".join(sp.text for sp in e.trail)
                    first, _, rest = e.markdown.partition("\n\n")
                    out.append(f"- {lead}{first}{trail}")
                    if rest:
                        out.extend(["", "    " + rest.replace("\n", "\n    ")])
                out.append("")
            elif isinstance(child, Quote):
                out.extend(["> " + child.markdown.replace("\n", "\n> "), f"> — {child.speaker}", ""])
            elif isinstance(child, Table):
                out.append("| " + " | ".join(child.header) + " |")
                out.append("|" + "---|" * len(child.header))
                for row in child.rows:
                    out.append("| " + " | ".join(c.text.replace("\n", "<br>") for c in row) + " |")
                out.append("")
            elif isinstance(child, FileList):
                out.extend([f"- {e.filename} — {e.context}" for e in child.entries] + [""])

    for s in outline.sections:
        section(s)
    return "\n".join(out)


def markdown_renderer() -> tuple[str, Callable[[Outline], str]]:
    try:
        from meetingkit.export.md_writer import render_markdown_document
    except ImportError:
        return "plain rendering in bench_docx.py", plain_markdown
    return "meetingkit.export.md_writer", render_markdown_document


# --------------------------------------------------------------------------------------- timing


def median_time(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench(name: str, snapshot: EventSnapshot, folder: Path, runs: int, pandoc: str | None) -> None:
    outline = build_outline(snapshot)
    out = folder / f"{name}.docx"
    ours = median_time(lambda: write_docx(outline, out), runs)
    with_outline = median_time(lambda: write_docx(snapshot, out), runs)
    size = out.stat().st_size
    line = (
        f"{name:9s} items={len(snapshot.items):6d} sessions={len(snapshot.sessions):3d}  "
        f"write_docx {ours:7.3f} s (with outline build {with_outline:7.3f} s, {size / 1e6:.1f} MB)"
    )
    if pandoc is None:
        print(line + "  pandoc: not installed")
        return
    label, render = markdown_renderer()
    md = folder / f"{name}.md"
    md.write_text(render(outline), encoding="utf-8")
    theirs = median_time(
        lambda: subprocess.run([pandoc, str(md), "-o", str(folder / f"{name}-pandoc.docx")], check=True), runs
    )
    print(
        f"{line}  pandoc {theirs:7.3f} s  ratio ours/pandoc {with_outline / theirs:5.2f}  (Markdown: {label})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--no-sample", action="store_true", help="skip the built-in sample event")
    args = parser.parse_args()
    pandoc = shutil.which("pandoc")
    print(
        f"python {sys.version.split()[0]}, pandoc {'at ' + pandoc if pandoc else 'missing'}, runs={args.runs}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if not args.no_sample:
            sample = sample_snapshot(folder)
            if sample is not None:
                bench("sample", sample, folder, args.runs, pandoc)
        bench("congress", congress(args.items), folder, args.runs, pandoc)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
