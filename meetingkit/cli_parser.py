"""The command line's argparse parser: each command's options, help and one-line usage errors.

Built only when a command line needs it: a plainly spelled `add` is read without it (cli._plain_add), and
importing argparse (with gettext) is ~2 ms of such an `add`.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from typing import NoReturn

from meetingkit import __version__
from meetingkit.cli import (
    EXPORT_FORMATS,
    Handler,
    _event_path,
    _path,
    cmd_add,
    cmd_attach,
    cmd_check,
    cmd_conflicts,
    cmd_demo,
    cmd_draft,
    cmd_export,
    cmd_import,
    cmd_merge,
    cmd_merge_sessions,
    cmd_new,
    cmd_pack,
    cmd_relay,
    cmd_resolve,
    cmd_restore,
    cmd_send,
    cmd_session,
    cmd_sync,
)


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage mistakes in one line (no usage dump) and exits 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def _issue_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; write it as YYYY-MM-DD") from None


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
        # `add` opens FILE as a string, however it is spelled (cli._plain_add reads it without this parser).
        file_type = _event_path if name == "add" else _path
        p.add_argument("file", type=file_type, metavar="FILE", help="the event file (NAME.meeting)")
        p.add_argument("--author", default=argparse.SUPPRESS, help="name recorded on every change")
        p.set_defaults(handler=handler)
        if arguments is not None:
            arguments(p)
    return parser
