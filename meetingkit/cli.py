"""The `meetingkit` command line (DESIGN.md's contract): argparse front end over store, export and pack.

A user mistake prints one line on stderr and exits 2; a bug still raises with its traceback.
"""

from __future__ import annotations

import gc
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from types import SimpleNamespace

from meetingkit import deferred_modules
from meetingkit.core.errors import UserError

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from pathlib import Path

    from meetingkit.store.connection import WholeFileRead

EXPORT_FORMATS = ("docx", "pdf", "md", "html", "article", "json", "csv", "ics")

Handler = Callable[["argparse.Namespace"], int]


def _path(value: str) -> Path:
    from pathlib import Path  # not at import: `add` makes no Path (core.paths.StrPath says why)

    return Path(value).expanduser()


def _event_path(value: str) -> str:
    """`add`'s FILE, `~` expanded as in _path: a string, which the store opens as it opens a Path."""
    return os.path.expanduser(value)


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
    from meetingkit.store.capture import NoteStore

    line = " ".join(args.line)
    for warning in parse(line).warnings:
        print(f"meetingkit: warning: {warning}", file=sys.stderr)
    with NoteStore.open(args.file, author=args.author) as store:
        item = store.add_entry(store.find_session_id(args.session), line)
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


# The commands, in the order --help lists them (cli_parser.COMMAND_SPECS holds each one's parser; a test
# keeps the two lists the same): naming a command must not cost building, or importing, the parser.
COMMANDS = (
    "demo",
    "new",
    "session",
    "add",
    "attach",
    "import",
    "export",
    "pack",
    "merge",
    "send",
    "merge-sessions",
    "conflicts",
    "resolve",
    "restore",
    "check",
    "draft",
    "relay",
    "sync",
)
_TOP_OPTIONS = ("--help", "--version", "--author")
# New objects between two passes of the cycle collector while a command runs (Python's default: 700).
COMMAND_GC_THRESHOLD = 50_000


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser (cli_parser.build_parser); with `only`, that one command's alone."""
    from meetingkit import cli_parser

    return cli_parser.build_parser(only)


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
    # Handlers only read attributes: a SimpleNamespace holds them as argparse's Namespace would (typed as
    # one without typing.cast, since add does not import typing).
    plain: argparse.Namespace = SimpleNamespace(  # type: ignore[assignment]
        **values, command="add", file=_event_path(file), line=line, handler=cmd_add
    )
    return plain


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
        mapped = translate(exc, file) if isinstance(file, str | os.PathLike) else None
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
