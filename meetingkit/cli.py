"""The `meetingkit` command line (DESIGN.md's contract): argparse front end over store, export and pack.

A user mistake prints one line on stderr and exits 2; a bug still raises with its traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from meetingkit import __version__, deferred_modules
from meetingkit.core.errors import UserError

if TYPE_CHECKING:
    from meetingkit.store.connection import WholeFileRead

EXPORT_FORMATS = ("docx", "pdf", "md", "html", "article", "json", "csv", "ics")

Handler = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage mistakes in one line (no usage dump) and exits 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def _path(value: str) -> Path:
    return Path(value).expanduser()


def _issue_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; write it as YYYY-MM-DD") from None


def _store(  # type: ignore[no-untyped-def]
    args: argparse.Namespace, *, read_only: bool = False, whole_file: WholeFileRead = "unless known"
):
    from meetingkit.store import EventStore

    return EventStore.open(args.file, read_only=read_only, author=args.author, whole_file=whole_file)


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
    from meetingkit.core.model import Consent

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
                consent=Consent.REFUSED if args.no_consent else Consent(args.consent),
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
    import dataclasses

    from meetingkit.export.progress import terminal_progress
    from meetingkit.publish import DocumentOptions, export

    options = DocumentOptions(
        language=args.lang,
        template=args.template,
        include_notes=not args.no_notes,
        include_timestamps=args.timestamps,
        include_participants=not args.no_participants,
        include_photos=not args.no_photos,
        include_not_asked=args.include_not_asked,
        unreviewed_drafts=args.unreviewed_drafts,
        cite_sources=args.cite_sources,
        status=args.status or "",
        version=args.doc_version,
        issued=args.issued,
        include_programme=not args.no_programme,
        layout=args.layout,
    )
    # A bar on a terminal only: scripts that call export get nothing but the result line.
    progress = terminal_progress(sys.stderr) if sys.stderr.isatty() else None
    with _store(args, read_only=True) as store:
        # The cover and the file's properties name who prepared it: --author, else the store's default.
        options = dataclasses.replace(options, author=store.author or "")
        if args.to == "json":
            # The JSON copy carries records as stored, past the decoders every other export reads through.
            store.verify_records()
        written = export(store, args.to, args.output, options, progress=progress)
    print(f"Wrote {written}")
    return 0


def cmd_pack(args: argparse.Namespace) -> int:
    from meetingkit.export.pack import PackOptions, PhotoGap, photo_gaps
    from meetingkit.export.progress import terminal_progress
    from meetingkit.publish import pack

    options = PackOptions(
        long_side=args.long_side,
        quality=args.quality,
        language=args.lang,
        template=args.template,
        make_zip=args.zip,
        workers=args.workers,
        include_not_asked=args.include_not_asked,
    )
    with _store(args, read_only=True) as store:
        snapshot = store.snapshot()
    result = pack(snapshot, args.file, args.output, options, progress=terminal_progress(sys.stderr))
    where = f"{result.folder}" + (f" and {result.zip_path}" if result.zip_path else "")
    print(f"Wrote the outcome pack ({result.photos} photos, {result.presentations} presentations) to {where}")
    not_asked = sum(1 for _photo, gaps in photo_gaps(snapshot) if PhotoGap.CONSENT in gaps)
    if not_asked and not args.include_not_asked:
        print(
            f"Left out {not_asked} selected photo(s) whose consent nobody recorded"
            " (--include-not-asked includes them).",
            file=sys.stderr,
        )
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    with _store(args) as store:
        reports = store.merge(args.others, dry_run=args.dry_run)
        verb = "Would merge" if args.dry_run else "Merged"
        for report in reports:
            print(
                f"{verb} {report.name}: {_count(report.added, 'record')} added,"
                f" {_count(report.changed, 'field')} changed, {_count(len(report.conflicts), 'conflict')}"
            )
            for conflict in report.conflicts:
                print(f"  {_conflict_line(store, conflict)}")
        for first, second in store.probable_duplicates():
            print(
                f'Probably the same session twice: "{first.title}" (day {_day_number(store, first.day_id)}):'
                f" `meetingkit merge-sessions {args.file} {first.id} {second.id}` keeps the first with both's notes"
            )
        if args.dry_run:
            print(f"Nothing was changed ({args.file.name} is as it was).")
        else:
            open_conflicts = len(store.conflicts())
            if open_conflicts:
                print(
                    f"{_count(open_conflicts, 'open conflict')} in {args.file.name}:"
                    f" see `meetingkit conflicts {args.file}`"
                )
    return 0


def cmd_send(args: argparse.Namespace) -> int:
    from meetingkit.store import updates

    with _store(args, read_only=True) as store:
        event_id, author = store.event().id, store.author
    output: Path = args.output
    if output.suffix != updates.SUFFIX:
        output = output.with_name(output.name + updates.SUFFIX)
    if args.for_file is not None:
        baseline = updates.baseline_of(args.for_file, event_id)
    elif args.all:
        baseline = updates.Baseline()
    else:
        baseline = updates.baseline_in_folder(output.parent, event_id, author)
    sent = updates.write(args.file, output, author=author, baseline=baseline)
    after = f" (after {baseline.previous})" if baseline.previous else ""
    print(
        f"Wrote {sent.path}{after}: {sent.size:,} bytes, {_count(sent.blobs, 'attachment')}; hand this file over."
    )
    return 0


def _day_number(store, day_id: str) -> int:  # type: ignore[no-untyped-def]
    number: int = next(day.index for day in store.days() if day.id == day_id)
    return number


def cmd_merge_sessions(args: argparse.Namespace) -> int:
    with _store(args) as store:
        kept = store.merge_sessions(store.find_session(args.keep).id, store.find_session(args.other).id)
        print(f'Merged into "{kept.title}": {len(store.items(kept.id))} notes')
    return 0


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _conflict_line(store, conflict) -> str:  # type: ignore[no-untyped-def]
    from meetingkit.store.conflicts import shown
    from meetingkit.store.hlc import to_iso

    choices = " | ".join(
        f"{n}) {shown(c.value)} ({c.author or 'unknown'}, {to_iso(c.stamp)[:16].replace('T', ' ')})"
        for n, c in enumerate(conflict.candidates, 1)
    )
    return f"[{conflict.id}] {store.describe(conflict)} · {conflict.field}: {choices}"


def cmd_conflicts(args: argparse.Namespace) -> int:
    import json

    from meetingkit.store.conflicts import as_json

    with _store(args, read_only=True) as store:
        found = store.conflicts()
        if args.json:
            print(json.dumps([as_json(c) for c in found], ensure_ascii=False, indent=2))
            return 0
        for conflict in found:
            print(_conflict_line(store, conflict))
        print(
            f"{_count(len(found), 'open conflict')}"
            + (
                f"; settle one with `meetingkit resolve {args.file} ID --take N` (or --value V)"
                if found
                else ""
            )
        )
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    with _store(args) as store:
        done = store.resolve(args.id, take=args.take, value=args.value)
        print(
            f"Resolved {done.conflict.id}: {store.describe(done.conflict)} · {done.conflict.field} = {done.chosen}"
        )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from meetingkit.store import EventStore
    from meetingkit.store.backups import restore

    with EventStore.open(args.file, read_only=True) as store:
        ring = store.backups()
    if args.list or not ring:
        for number, backup in enumerate(ring, 1):
            print(f"{number}) {backup.label}  {backup.path}")
        print(f"{_count(len(ring), 'backup')} of {args.file.name}")
        return 0
    if not 1 <= args.number <= len(ring):
        print(
            f"meetingkit: there are backups 1 to {len(ring)}; see `meetingkit restore {args.file} --list`",
            file=sys.stderr,
        )
        return 2
    chosen = ring[args.number - 1]
    saved = restore(args.file, chosen.path)
    print(
        f"Restored {args.file.name} from the backup of {chosen.label}; what it held before is backed up too ({saved.label})."
    )
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from meetingkit.store.check import check

    # The check reads every page itself (integrity_check) and lists each problem: the open does not read
    # the file a first time only to stop at the first one.
    with _store(args, read_only=True, whole_file="never") as store:
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


def _sentence_numbers(value: str) -> list[int]:
    """`--accept all` (an empty list) or `--accept 1,3,5`."""
    if value.strip().lower() == "all":
        return []
    try:
        numbers = [int(part) for part in value.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not 'all' or sentence numbers such as 1,3,5"
        ) from None
    if not numbers:
        raise argparse.ArgumentTypeError("give 'all' or sentence numbers such as 1,3,5")
    return numbers


def cmd_draft(args: argparse.Namespace) -> int:
    import json

    from meetingkit.assistant.review import changes, summary_sentences
    from meetingkit.assistant.session import draft_session
    from meetingkit.assistant.synthesis import draft_day, draft_event
    from meetingkit.core.drafts import Draft, DraftScope

    with _store(args, read_only=args.no_store) as store:
        snapshot = store.snapshot()
        drafts: list[Draft]
        if args.event:
            drafts = [draft_event(snapshot, args.lang)]
        elif args.day is not None:
            drafts = [draft_day(snapshot, store.day(args.day), args.lang)]
        elif args.session:
            drafts = [draft_session(snapshot, store.find_session(args.session), args.lang)]
        else:
            drafts = [draft_session(snapshot, s, args.lang) for s in snapshot.sessions]
        if args.accept is not None and len(drafts) != 1:
            raise UserError("--accept needs one draft: name it with --session, --day or --event.")
        reports = []
        for draft in drafts:
            earlier = snapshot.summary_draft(draft.scope, draft.ref)
            if draft.scope is DraftScope.SESSION:
                human = snapshot.session(draft.ref).summary
            elif draft.scope is DraftScope.EVENT:
                human = snapshot.event.conclusions
            else:
                human = ""
            if human.strip():
                against = summary_sentences(human)
            elif earlier is not None and earlier.accepted is not None:
                against = [s.text for s in earlier.accepted.sentences()]
            else:
                against = []
            diff = changes(against, draft) if against else None
            if not args.no_store:
                with store.batch():  # a refused --accept leaves the file as it was
                    store.save_summary_draft(draft)
                    if args.accept is not None:
                        store.accept_summary_draft(draft.scope, draft.ref, args.accept)
            reports.append((draft, bool(human.strip()), diff))
    if args.json:
        payloads = []
        for draft, has_human, diff in reports:
            payload = draft.to_json()
            if diff is not None:
                payload["changes"] = {
                    "against": "summary" if has_human else "accepted",
                    "added": [s.to_json() for s in diff.added],
                    "gone": list(diff.gone),
                }
            payloads.append(payload)
        out = (
            payloads[0]
            if len(payloads) == 1 and (args.session or args.day or args.event)
            else {"drafts": payloads}
        )
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    for draft, has_human, diff in reports:
        print(f"# {draft.title}")
        if not draft.sections:
            print("  (no notes to draft from yet)")
        for number, section, sentence in draft.numbered():
            if sentence is section.sentences[0]:
                print(f"\n{section.title}")
            cited = ", ".join(source[:8] for source in sentence.sources)
            print(f"  [{number}] {sentence.text}  (notes {cited})")
        if has_human:
            print(
                "\nThis has a summary written by a person: documents use it, and the draft changed nothing in it."
            )
        if diff:
            what = "the written summary" if has_human else "the accepted draft"
            print(
                f"Compared with {what}: {len(diff.added)} new sentence(s), {len(diff.gone)} no longer drafted."
            )
            if not has_human:  # against a person's own prose, sentence lists would only repeat the draft
                for sentence in diff.added:
                    print(f"  + {sentence.text}")
                for text in diff.gone:
                    print(f"  - {text}")
        print()
    if args.accept is not None:
        print(
            "Accepted all of the draft."
            if not args.accept
            else f"Accepted sentence(s) {', '.join(map(str, args.accept))}."
        )
    return 0


def cmd_relay(args: argparse.Namespace) -> int:
    from meetingkit.store import EventStore
    from meetingkit.venue import run

    with EventStore.open(args.file, author=args.author, lock=True) as store:
        return run.relay(store, args.host, args.port)


def cmd_sync(args: argparse.Namespace) -> int:
    from meetingkit.store import EventStore
    from meetingkit.venue import run

    with EventStore.open(args.file, author=args.author, lock=args.watch) as store:
        return run.sync(store, args.relay, watch=args.watch, author=store.author)


# ---------------------------------------------------------------------------- parser


def _not_asked_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--include-not-asked",
        action="store_true",
        help="also include selected photos whose consent nobody recorded (refused ones never are)",
    )


# Each command: its name, handler, one-line help, and what it takes beyond FILE and --author.
CommandSpec = tuple[str, Handler, str, Callable[[argparse.ArgumentParser], None] | None]


def _new_arguments(p: argparse.ArgumentParser) -> None:
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


def _session_arguments(p: argparse.ArgumentParser) -> None:
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


def _add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--session", required=True, help="session id or (the start of) its title")
    p.add_argument("line", nargs="+", help='e.g. "! Circulate the calendar @UCLG due:2017-10-01 ^short"')


def _attach_arguments(p: argparse.ArgumentParser) -> None:
    # Here, not at the top: the domain's dataclasses are imported by the commands that use them.
    from meetingkit.core.model import Consent

    p.add_argument("paths", nargs="+", type=_path, metavar="PATH")
    p.add_argument("--session", help="session id or (the start of) its title")
    p.add_argument("--caption")
    p.add_argument("--credit")
    p.add_argument("--select", action="store_true", help="mark photos as selected for the outcome pack")
    p.add_argument(
        "--consent",
        choices=[c.value for c in Consent],
        default=Consent.UNKNOWN.value,
        help="did the people shown agree to publication? (default: unknown, left out of the outcomes)",
    )
    p.add_argument("--no-consent", action="store_true", help="the same as --consent refused")


def _import_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("source", type=_path, metavar="SOURCE")
    p.add_argument(
        "--kind", choices=("programme", "participants"), help="what the CSV holds (default: guessed)"
    )
    p.add_argument("--skip-bad-rows", action="store_true", help="import the good rows of a CSV with errors")


def _export_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--to", required=True, choices=EXPORT_FORMATS, help="output format")
    p.add_argument("-o", "--output", required=True, type=_path, metavar="OUT")
    p.add_argument("--template", type=_path, help="a .docx whose styles, header and footer the document uses")
    p.add_argument("--lang", default="en", choices=("en", "fr", "es"), help="language of headings and labels")
    p.add_argument("--no-notes", action="store_true", help="leave out plain (untagged) notes")
    p.add_argument("--timestamps", action="store_true", help="show each item's capture time")
    p.add_argument("--no-participants", action="store_true", help="leave out the participants annex")
    p.add_argument("--no-photos", action="store_true", help="leave out the selected photos")
    _not_asked_option(p)
    p.add_argument(
        "--unreviewed-drafts",
        action="store_true",
        help="where nobody wrote or accepted a summary, show the assistant's draft, marked as not reviewed",
    )
    p.add_argument(
        "--cite-sources",
        action="store_true",
        help="end each drafted sentence with reference numbers into an annex of the notes it came from",
    )
    p.add_argument("--status", choices=("draft", "final"), help="the report's status, on its cover")
    p.add_argument(
        "--doc-version", default="", metavar="V", help="the report's version on its cover, e.g. 1.2"
    )
    p.add_argument(
        "--issued", type=_issue_date, metavar="YYYY-MM-DD", help="date of issue on the cover (default: today)"
    )
    p.add_argument("--no-programme", action="store_true", help="leave out the programme-at-a-glance annex")
    p.add_argument(
        "--layout",
        choices=("standard", "igf"),
        default="standard",
        help="igf: each session under the IGF session-report headings (key issues, takeaways, call to action…)",
    )


def _pack_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", required=True, type=_path, metavar="DIR")
    p.add_argument("--zip", action="store_true", help="also write DIR.zip")
    p.add_argument("--long-side", type=int, default=2048, help="photos' long side in pixels (default 2048)")
    p.add_argument("--quality", type=int, default=85, help="JPEG quality 1-95 (default 85)")
    p.add_argument("--lang", default="en", choices=("en", "fr", "es"))
    p.add_argument("--template", type=_path)
    p.add_argument("--workers", type=int, default=None, help="processes resizing photos (default: all cores)")
    _not_asked_option(p)


def _merge_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("others", nargs="+", type=_path, metavar="OTHER.meeting|OTHER.mkupdate")
    p.add_argument("--dry-run", action="store_true", help="report what would change, change nothing")


def _send_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "-o",
        "--output",
        required=True,
        type=_path,
        metavar="OUT.mkupdate",
        help="the update file to write; without --for or --all it holds what changed since your last send"
        " into that folder",
    )
    what = p.add_mutually_exclusive_group()
    what.add_argument(
        "--for",
        dest="for_file",
        type=_path,
        metavar="THEIRS",
        help="only what this copy (their .meeting, or an update file they sent) lacks",
    )
    what.add_argument("--all", action="store_true", help="everything, whatever was sent before")


def _merge_sessions_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("keep", metavar="KEEP", help="the session to keep: its id or (the start of) its title")
    p.add_argument("other", metavar="OTHER", help="the session folded into KEEP, then deleted")


def _conflicts_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="as JSON: id, record, kind, field, values")


def _resolve_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", metavar="ID", help="the conflict's id (or its unambiguous start)")
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--take", type=int, metavar="N", help="keep value number N as listed")
    how.add_argument("--value", metavar="V", help="set this value instead")


def _restore_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "number",
        nargs="?",
        type=int,
        default=1,
        metavar="N",
        help="backup number N as listed (default 1, the newest)",
    )
    p.add_argument("--list", action="store_true", help="list the backups, newest first")


def _draft_arguments(p: argparse.ArgumentParser) -> None:
    scope = p.add_mutually_exclusive_group()
    scope.add_argument("--session", help="one session: its id or (the start of) its title")
    scope.add_argument("--day", type=int, help="the synthesis of day N (1 for the first day)")
    scope.add_argument("--event", action="store_true", help="the event's conclusions and next steps")
    p.add_argument(
        "--lang", default="en", choices=("en", "fr", "es"), help="language of headings and phrases"
    )
    p.add_argument(
        "--json", action="store_true", help='print {"sections": [{"sentences": [{"text", "sources"}]}]}'
    )
    p.add_argument(
        "--accept",
        type=_sentence_numbers,
        metavar="all|N,N",
        help="accept the whole draft, or the numbered sentences, as the summary documents use"
        " when nobody wrote one",
    )
    p.add_argument(
        "--no-store", action="store_true", help="only print the draft (the file is opened read-only)"
    )


def _relay_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--host", default="0.0.0.0", help="address to listen on (default: every network)")
    p.add_argument("--port", type=int, help="port to listen on (default: 8765; 0 picks a free one)")


def _sync_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--relay", required=True, metavar="CODE", help="the join code the relay printed")
    p.add_argument("--watch", action="store_true", help="keep syncing until interrupted (Ctrl+C)")


COMMAND_SPECS: tuple[CommandSpec, ...] = (
    ("demo", cmd_demo, "write the sample event (the Barcelona meeting, photos and slides included)", None),
    ("new", cmd_new, "create a new event file; one day per date of the range", _new_arguments),
    ("session", cmd_session, "add a session to a day; prints its id", _session_arguments),
    ("add", cmd_add, "capture one item in quick-entry syntax; prints its id", _add_arguments),
    (
        "attach",
        cmd_attach,
        "attach photos or presentations (to the event when no --session)",
        _attach_arguments,
    ),
    (
        "import",
        cmd_import,
        "import a JSON interchange file, or a CSV programme or participants list",
        _import_arguments,
    ),
    ("export", cmd_export, "write the full written summaries or another export", _export_arguments),
    ("pack", cmd_pack, "build the outcome pack folder (and zip)", _pack_arguments),
    (
        "merge",
        cmd_merge,
        "merge rapporteurs' files of the same event into FILE (all or nothing)",
        _merge_arguments,
    ),
    ("send", cmd_send, "write an update file of what another copy lacks (for merge)", _send_arguments),
    (
        "merge-sessions",
        cmd_merge_sessions,
        "fold one session into another (notes, photos, people)",
        _merge_sessions_arguments,
    ),
    (
        "conflicts",
        cmd_conflicts,
        "list the open conflicts (concurrent edits to settle)",
        _conflicts_arguments,
    ),
    ("resolve", cmd_resolve, "settle one conflict", _resolve_arguments),
    ("restore", cmd_restore, "restore the file from one of its backups", _restore_arguments),
    ("check", cmd_check, "integrity and consistency report", None),
    (
        "draft",
        cmd_draft,
        "the summary assistant's draft (every session by default), each sentence with its source notes;"
        " stored beside the human summary, which it never changes",
        _draft_arguments,
    ),
    (
        "relay",
        cmd_relay,
        "serve the event at the venue: rapporteurs' laptops sync through this one, live;"
        " the first line printed is the join code to share; Ctrl+C stops",
        _relay_arguments,
    ),
    (
        "sync",
        cmd_sync,
        "exchange everything this file and the relay lack with the relay, then exit (--watch: keep syncing)",
        _sync_arguments,
    ),
)
COMMANDS = tuple(spec[0] for spec in COMMAND_SPECS)
_TOP_OPTIONS = ("--help", "--version", "--author")
# New objects between two passes of the cycle collector while a command runs (Python's default: 700).
COMMAND_GC_THRESHOLD = 50_000


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; with `only`, the top level with that one command's parser.

    One command is what a run uses: building all of them costs a one-line `add` ~10 ms (each parser's
    gettext lookups and help formatters). Help and every message read the same either way.
    """
    parser = _Parser(
        prog="meetingkit",
        description="Session notes, actions and synergies of a multi-day meeting, and its written record."
        " Run without a command, with FILE, with --sample (the sample event) or --new (a new event) to open the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"meetingkit {__version__}")
    parser.add_argument("--author", help="name recorded on every change (default: your user name)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, handler, help_text, arguments in COMMAND_SPECS:
        if only is not None and name != only:
            continue
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("file", type=_path, metavar="FILE", help="the event file (NAME.meeting)")
        p.add_argument("--author", default=argparse.SUPPRESS, help="name recorded on every change")
        p.set_defaults(handler=handler)
        if arguments is not None:
            arguments(p)
    return parser


def _command_named(args: Sequence[str]) -> str | None:
    """The command `args` run, when argparse is sure to find that one; None when only the whole parser can
    answer (help or --version before the command, no command, an unknown one, anything unusual)."""
    word = _first_word(args)
    return word if word in COMMANDS else None


def _first_word(args: Sequence[str]) -> str | None:
    """The first argument that is neither an option nor --author's value (where the command goes); None when
    there is none or another option comes first."""
    value_next = False
    for arg in args:
        if value_next:  # --author's value, whatever it reads
            value_next = False
            continue
        if arg.startswith("-"):
            name = arg.partition("=")[0]
            # argparse takes any unambiguous start of a long option (--auth for --author)
            matches = [o for o in _TOP_OPTIONS if o.startswith(name)] if name.startswith("--") else []
            if name == "--" or matches != ["--author"]:
                return None
            value_next = "=" not in arg
            continue
        return arg
    return None


def _plain_add(args: Sequence[str]) -> argparse.Namespace | None:
    """What argparse makes of `[--author A] add [options] FILE LINE...` spelled plainly (whole option names,
    no word that starts with a dash besides them), without building a parser; None for anything else.

    Building even the one command's parser costs an `add` ~5 ms (gettext's catalogue lookups for its
    messages, the help formatter sizing the terminal), a sixth of what it pays above a bare insert. Anything
    unusual, every mistake and all help go to argparse; a property test holds the two to the same answer.
    """
    rest = list(args)
    values: dict[str, object] = {"author": None}
    if rest[:1] == ["--author"]:
        if len(rest) < 2 or rest[1].startswith("-"):
            return None
        values["author"] = rest[1]
        rest = rest[2:]
    if rest[:1] != ["add"]:
        return None
    words: list[list[str]] = []  # runs of positional words, as argparse consumes them between options
    last_was_option = True
    at = 1
    while at < len(rest):
        arg = rest[at]
        if arg.startswith("-"):
            if arg not in ("--session", "--author") or at + 1 == len(rest) or rest[at + 1].startswith("-"):
                return None
            values[arg[2:]] = rest[at + 1]  # the last one given stands, as in argparse
            at += 2
            last_was_option = True
            continue
        if last_was_option:
            words.append([])
        words[-1].append(arg)
        last_was_option = False
        at += 1
    # FILE and the line's words in one run, or FILE alone and then the line in one run.
    if "session" not in values or not (
        (len(words) == 1 and len(words[0]) >= 2) or (len(words) == 2 and len(words[0]) == 1)
    ):
        return None
    file, *line = [word for run in words for word in run]
    return argparse.Namespace(**values, command="add", file=_path(file), line=line, handler=cmd_add)


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
    # The launch makes a few hundred thousand objects (modules, classes, Qt's wrappers) and no garbage: the
    # cycle collector would walk them ~100 times before the window shows. ui.app.main turns it back on
    # (and sets those objects aside for good) just before the event loop starts.
    gc.disable()
    try:
        from meetingkit.ui.app import main as app_main

        status: int = app_main(list(argv))
        return status
    finally:
        gc.enable()  # however the launch ended (a file that does not open returns before the loop)


def _wants_app(args: list[str]) -> bool:
    """`meetingkit`, `meetingkit FILE`, `meetingkit --sample` and `meetingkit --new` open the desktop app."""
    if not args or args in (["--sample"], ["--new"]):
        return True
    return len(args) == 1 and args[0] not in COMMANDS and not args[0].startswith("-")


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        # Photo workers start through multiprocessing; a frozen (PyInstaller) build needs this first. Only
        # there: importing multiprocessing costs every other command ~15 ms (`add` is timed against a bare insert).
        import multiprocessing

        multiprocessing.freeze_support()
    args_list = list(sys.argv[1:] if argv is None else argv)
    args: argparse.Namespace | None = None
    threshold = gc.get_threshold()
    try:
        if _wants_app(args_list):
            return _open_app(args_list)
        word = _first_word(args_list)
        if word is not None and word not in COMMANDS and _path(word).is_file():
            # `meetingkit FILE --author NAME`: argparse would call FILE an invalid command.
            raise UserError(
                f"{word} is not a command: open it in the app with `meetingkit {word}` alone (the app asks"
                " for your name), or put a command first (see --help)"
            )
        args = _plain_add(args_list) or build_parser(_command_named(args_list)).parse_args(args_list)
        if args.command is None:
            return _open_app([])
        if argv is None:  # a command's own process (tests call main in-process and go on); not the app's
            deferred_modules.defer()
        # A command is a short process that makes tens of thousands of lasting objects (modules, classes)
        # and few cycles: at the collector's default, a pass every 700 new objects, `add` spent ~8 ms in
        # 45 passes over them. Put back afterwards, for a caller that goes on (tests call main in-process).
        gc.set_threshold(COMMAND_GC_THRESHOLD, *threshold[1:])
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
    finally:
        gc.set_threshold(*threshold)
        if argv is None and args is not None and args.command is not None:
            # Run as the program (the `meetingkit` script, `python -m meetingkit`), the process ends next:
            # the interpreter's last collections would walk every object the command made (~20 ms of an
            # `add`) only to free what the exit frees anyway. Set aside, they are not walked again.
            gc.freeze()
