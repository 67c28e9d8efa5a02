"""The `meetingkit` command line (DESIGN.md's contract): argparse front end over store, export and pack.

A user mistake prints one line on stderr and exits 2; a bug still raises with its traceback.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from meetingkit import __version__
from meetingkit.core.errors import UserError

EXPORT_FORMATS = ("docx", "md", "html", "article", "json", "csv", "ics")
COMMANDS = ("demo", "new", "session", "import", "export", "pack", "merge", "add", "attach", "check")

Handler = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage mistakes in one line (no usage dump) and exits 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def _path(value: str) -> Path:
    return Path(value).expanduser()


def _store(args: argparse.Namespace, *, read_only: bool = False):  # type: ignore[no-untyped-def]
    from meetingkit.store import EventStore

    return EventStore.open(args.file, read_only=read_only, author=args.author)


# ---------------------------------------------------------------------------- commands


def cmd_demo(args: argparse.Namespace) -> int:
    from meetingkit.sample.build import write_sample

    path = write_sample(args.file, author=args.author)
    print(f"Wrote the sample event to {path}")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    from meetingkit.store import EventStore

    store = EventStore.create(
        args.file,
        title=args.title,
        start=args.start,
        end=args.end,
        venue=args.venue or "",
        city=args.city or "",
        organisers=args.organiser or [],
        languages=args.language or ["en"],
        timezone=args.timezone or "",
        author=args.author,
    )
    with store:
        print(f"Created {args.file} with {len(store.days())} days")
    return 0


def cmd_session(args: argparse.Namespace) -> int:
    from meetingkit.core.model import Role

    people: list[tuple[str, Role]] = []
    if args.moderator:
        people.append((args.moderator, Role.MODERATOR))
    people += [(name, Role.SPEAKER) for name in args.speaker or []]
    if args.rapporteur:
        people.append((args.rapporteur, Role.RAPPORTEUR))
    with _store(args) as store:
        session = store.add_session(
            store.day(args.day).id,
            args.title,
            start=args.start,
            end=args.end,
            room=args.room or "",
            format=args.format or "",
            questions=args.question or [],
            people=people,
        )
        print(session.id)
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from meetingkit.core.quickentry import parse

    line = " ".join(args.line)
    for warning in parse(line).warnings:
        print(f"meetingkit: warning: {warning}", file=sys.stderr)
    with _store(args) as store:
        session = store.find_session(args.session)
        item = store.add_entry(session.id, line)
        print(item.id)
    return 0


def cmd_attach(args: argparse.Namespace) -> int:
    from meetingkit.attach import attach_file

    with _store(args) as store:
        session_id = store.find_session(args.session).id if args.session else None
        for path in args.paths:
            attachment = attach_file(
                store,
                path,
                session_id=session_id,
                caption=args.caption or "",
                credit=args.credit or "",
                selected=args.select,
                consent=not args.no_consent,
            )
            print(f"{attachment.id}\t{attachment.kind.value}\t{attachment.filename}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    source: Path = args.source
    suffix = source.suffix.lower()
    if not source.is_file():
        raise UserError(f"{source} does not exist or is not a file.")
    if suffix == ".json":
        from meetingkit.store import interchange

        if not args.file.exists():
            interchange.create_from_json(args.file, source, author=args.author).close()
            print(f"Created {args.file} from {source.name}")
            return 0
        with _store(args) as store:
            store.verify_records()
            report = interchange.import_json_file(store, source)
        print(
            f"Imported {source.name}: {report.created} new, {report.updated} updated, {report.unchanged} unchanged"
        )
        return 0
    if suffix in {".csv", ".tsv", ".txt"}:
        from meetingkit.store import csv_import

        with _store(args) as store:
            preview = csv_import.read_csv(source, store, kind=args.kind)
            if preview.errors:
                for line, message in preview.errors:
                    print(f"{source.name}: row {line}: {message}", file=sys.stderr)
                if not args.skip_bad_rows:
                    raise UserError(
                        f"{len(preview.errors)} row(s) of {source.name} have errors; nothing was imported"
                        " (fix them, or pass --skip-bad-rows)."
                    )
            count = csv_import.apply(store, preview)
        print(
            f"Imported {count} {'sessions' if preview.kind == 'programme' else 'participants'} from {source.name}"
        )
        return 0
    raise UserError(
        f"Cannot import {source.name}: use a .json interchange file or a .csv programme/participants list."
    )


def cmd_export(args: argparse.Namespace) -> int:
    from meetingkit.export.progress import terminal_progress
    from meetingkit.publish import DocumentOptions, export

    options = DocumentOptions(
        language=args.lang,
        template=args.template,
        include_notes=not args.no_notes,
        include_timestamps=args.timestamps,
        include_participants=not args.no_participants,
        include_photos=not args.no_photos,
    )
    # A bar on a terminal only: scripts that call export get nothing but the result line.
    progress = terminal_progress(sys.stderr) if sys.stderr.isatty() else None
    with _store(args, read_only=True) as store:
        if args.to == "json":
            # The JSON copy carries records as stored, past the decoders every other export reads through.
            store.verify_records()
        written = export(store, args.to, args.output, options, progress=progress)
    print(f"Wrote {written}")
    return 0


def cmd_pack(args: argparse.Namespace) -> int:
    from meetingkit.export.pack import PackOptions
    from meetingkit.export.progress import terminal_progress
    from meetingkit.publish import pack

    options = PackOptions(
        long_side=args.long_side,
        quality=args.quality,
        language=args.lang,
        template=args.template,
        make_zip=args.zip,
        workers=args.workers,
    )
    with _store(args, read_only=True) as store:
        snapshot = store.snapshot()
    result = pack(snapshot, args.file, args.output, options, progress=terminal_progress(sys.stderr))
    where = f"{result.folder}" + (f" and {result.zip_path}" if result.zip_path else "")
    print(f"Wrote the outcome pack ({result.photos} photos, {result.presentations} presentations) to {where}")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from meetingkit.store import EventStore, interchange

    with _store(args) as store:
        store.verify_records()
        for other_path in args.others:
            with EventStore.open(other_path, read_only=True) as other:
                # A handed-in file: every record must read cleanly before any of it is copied.
                other.verify_records()
                report = interchange.import_data(store, interchange.export_data(other), name=other_path.name)
            print(
                f"Merged {other_path.name}: {report.created} new, {report.updated} newer, {report.unchanged} kept"
                " (where both changed a record, the later edit wins)"
            )
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from meetingkit.store.check import check

    with _store(args, read_only=True) as store:
        report = check(store)
    for fact in report.facts:
        print(fact)
    for warning in report.warnings:
        print(f"warning: {warning}")
    for error in report.errors:
        print(f"error: {error}")
    if report.ok:
        print("OK")
        return 0
    # A damaged file is bad input: exit 2 and one line on stderr, as for every other command.
    print(
        f"meetingkit: {args.file.name}: {len(report.errors)} problem(s) found (listed above)", file=sys.stderr
    )
    return 2


# ---------------------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="meetingkit",
        description="Session notes, actions and synergies of a multi-day meeting, and its written record."
        " Run without a command, with FILE, or with --sample to open the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"meetingkit {__version__}")
    parser.add_argument("--author", help="name recorded on every change (default: your user name)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("file", type=_path, metavar="FILE", help="the event file (NAME.meeting)")
        p.add_argument("--author", default=argparse.SUPPRESS, help="name recorded on every change")
        p.set_defaults(handler=handler)
        return p

    command("demo", cmd_demo, "write the sample event (the Barcelona meeting, photos and slides included)")

    p = command("new", cmd_new, "create a new event file; one day per date of the range")
    p.add_argument("--title", required=True)
    p.add_argument("--start", required=True, help="first day, YYYY-MM-DD")
    p.add_argument("--end", required=True, help="last day, YYYY-MM-DD")
    p.add_argument("--venue")
    p.add_argument("--city")
    p.add_argument("--organiser", action="append", help="an organising organisation (repeatable)")
    p.add_argument("--language", action="append", help="a language of the event, e.g. en (repeatable)")
    p.add_argument(
        "--timezone", help="where the meeting happens, e.g. Europe/Madrid (default: this computer's)"
    )

    p = command("session", cmd_session, "add a session to a day; prints its id")
    p.add_argument("--day", type=int, required=True, help="day number, 1 for the first day")
    p.add_argument("--title", required=True)
    p.add_argument("--start", help="HH:MM")
    p.add_argument("--end", help="HH:MM")
    p.add_argument("--room")
    p.add_argument("--format", help="plenary, panel, workshop, keynote...")
    p.add_argument("--question", action="append", help="a guiding question (repeatable)")
    p.add_argument("--speaker", action="append", help="a speaker (repeatable)")
    p.add_argument("--moderator")
    p.add_argument("--rapporteur")

    p = command("add", cmd_add, "capture one item in quick-entry syntax; prints its id")
    p.add_argument("--session", required=True, help="session id or (the start of) its title")
    p.add_argument("line", nargs="+", help='e.g. "! Circulate the calendar @UCLG due:2017-10-01 ^short"')

    p = command("attach", cmd_attach, "attach photos or presentations (to the event when no --session)")
    p.add_argument("paths", nargs="+", type=_path, metavar="PATH")
    p.add_argument("--session", help="session id or (the start of) its title")
    p.add_argument("--caption")
    p.add_argument("--credit")
    p.add_argument("--select", action="store_true", help="mark photos as selected for the outcome pack")
    p.add_argument("--no-consent", action="store_true", help="people shown did not consent: never exported")

    p = command(
        "import", cmd_import, "import a JSON interchange file, or a CSV programme or participants list"
    )
    p.add_argument("source", type=_path, metavar="SOURCE")
    p.add_argument(
        "--kind", choices=("programme", "participants"), help="what the CSV holds (default: guessed)"
    )
    p.add_argument("--skip-bad-rows", action="store_true", help="import the good rows of a CSV with errors")

    p = command("export", cmd_export, "write the full written summaries or another export")
    p.add_argument("--to", required=True, choices=EXPORT_FORMATS, help="output format")
    p.add_argument("-o", "--output", required=True, type=_path, metavar="OUT")
    p.add_argument("--template", type=_path, help="a .docx whose styles, header and footer the document uses")
    p.add_argument("--lang", default="en", choices=("en", "fr", "es"), help="language of headings and labels")
    p.add_argument("--no-notes", action="store_true", help="leave out plain (untagged) notes")
    p.add_argument("--timestamps", action="store_true", help="show each item's capture time")
    p.add_argument("--no-participants", action="store_true", help="leave out the participants annex")
    p.add_argument("--no-photos", action="store_true", help="leave out the selected photos")

    p = command("pack", cmd_pack, "build the outcome pack folder (and zip)")
    p.add_argument("-o", "--output", required=True, type=_path, metavar="DIR")
    p.add_argument("--zip", action="store_true", help="also write DIR.zip")
    p.add_argument("--long-side", type=int, default=2048, help="photos' long side in pixels (default 2048)")
    p.add_argument("--quality", type=int, default=85, help="JPEG quality 1-95 (default 85)")
    p.add_argument("--lang", default="en", choices=("en", "fr", "es"))
    p.add_argument("--template", type=_path)
    p.add_argument("--workers", type=int, default=None, help="processes resizing photos (default: all cores)")

    p = command("merge", cmd_merge, "merge rapporteurs' files of the same event into FILE")
    p.add_argument("others", nargs="+", type=_path, metavar="OTHER.meeting")

    command("check", cmd_check, "integrity and consistency report")
    return parser


def _sample_path() -> Path:
    from meetingkit.core.paths import data_dir, ensure

    return ensure(data_dir()) / "sample.meeting"


def _open_app(argv: Sequence[str]) -> int:
    from meetingkit.ui.display import display_problem

    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    if list(argv) == ["--sample"]:
        sample = _sample_path()
        if not sample.exists():
            from meetingkit.sample.build import write_sample

            print(f"Writing the sample event to {sample}…", file=sys.stderr)
            write_sample(sample)
        argv = [str(sample)]
    from meetingkit.ui.app import main as app_main

    status: int = app_main(list(argv))
    return status


def _wants_app(args: list[str]) -> bool:
    """`meetingkit`, `meetingkit FILE` and `meetingkit --sample` open the desktop app."""
    if not args or args == ["--sample"]:
        return True
    return len(args) == 1 and args[0] not in COMMANDS and not args[0].startswith("-")


def main(argv: Sequence[str] | None = None) -> int:
    # Photo workers start through multiprocessing; a frozen (PyInstaller) build needs this first.
    multiprocessing.freeze_support()
    args_list = list(sys.argv[1:] if argv is None else argv)
    args: argparse.Namespace | None = None
    try:
        if _wants_app(args_list):
            return _open_app(args_list)
        parser = build_parser()
        args = parser.parse_args(args_list)
        if args.command is None:
            return _open_app([])
        handler: Handler = args.handler
        return handler(args)
    except UserError as exc:
        print(f"meetingkit: {exc}", file=sys.stderr)
        return 2
    except sqlite3.DatabaseError as exc:
        # The store maps what it reads itself; this catches a damaged page met elsewhere (a photo worker
        # reading a blob, an exporter's late read). Anything that is not the file's fault stays a bug.
        from meetingkit.store.errors import translate

        file = getattr(args, "file", None)
        mapped = translate(exc, file) if isinstance(file, Path) else None
        if mapped is None:
            raise
        print(f"meetingkit: {mapped}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("meetingkit: interrupted", file=sys.stderr)
        return 130
