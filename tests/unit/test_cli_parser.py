"""The command line builds only the parser of the command it runs, and says the same as the whole parser."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from meetingkit import cli


def _said(capsys: pytest.CaptureFixture[str], run: Callable[[], object]) -> tuple[object, str, str]:
    with pytest.raises(SystemExit) as exited:
        run()
    out, err = capsys.readouterr()
    return exited.value.code, out, err


@pytest.mark.parametrize("command", cli.COMMANDS)
def test_each_commands_help_reads_as_the_whole_parser_says_it(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    whole = _said(capsys, lambda: cli.build_parser().parse_args([command, "--help"]))
    assert whole[0] == 0 and f"usage: meetingkit {command} " in whole[1]
    assert _said(capsys, lambda: cli.main([command, "--help"])) == whole


@pytest.mark.parametrize(
    "argv",
    [
        ["add", "e.meeting"],  # --session missing
        ["add", "e.meeting", "--session"],
        ["add", "e.meeting", "--session", "Opening", "a", "--bogus"],
        ["--author", "add", "session", "e.meeting", "--day", "x", "--title", "T"],
        ["export", "e.meeting", "--to", "odt", "-o", "out"],
        ["resolve", "e.meeting", "1"],
        ["nosuch", "e.meeting"],
        ["--bogus", "add", "e.meeting"],
        ["-h"],
        ["--help", "add"],
        ["--auth", "me", "check"],
    ],
)
def test_mistakes_and_help_read_as_the_whole_parser_says_them(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    whole = _said(capsys, lambda: cli.build_parser().parse_args(argv))
    assert _said(capsys, lambda: cli.main(argv)) == whole


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["add", "e.meeting", "--session", "S", "a note"], "add"),
        (["--author", "Ana", "add", "e.meeting"], "add"),
        (["--author=Ana", "check", "e.meeting"], "check"),
        (["--au", "check", "add", "e.meeting"], "add"),  # an abbreviation takes its value too
        (["--author", "add", "session", "e.meeting"], "session"),  # "add" is the author there
        (["--help", "add"], None),  # the top level's help lists every command
        (["-h"], None),
        (["--version"], None),
        (["--ver", "add"], None),
        (["nosuch", "e.meeting"], None),
        (["--", "add", "e.meeting"], None),
        (["-1", "add"], None),
        ([], None),
    ],
)
def test_the_command_is_named_only_when_argparse_is_sure_to_run_it(
    argv: list[str], command: str | None
) -> None:
    assert cli._command_named(argv) == command


def test_a_command_parses_the_same_with_its_parser_alone() -> None:
    argv = ["--author", "Ana", "add", "e.meeting", "--session", "Opening", "! Circulate", "@UCLG"]
    assert cli.build_parser("add").parse_args(argv) == cli.build_parser().parse_args(argv)


def test_a_command_run_in_process_leaves_the_cycle_collector_as_it_found_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = gc.get_threshold()
    assert cli.main(["check", "no-such-file.meeting"]) == 2  # a command that fails still puts it back
    assert gc.get_threshold() == before


def test_only_a_command_run_as_the_program_sets_its_objects_aside_from_the_last_collections(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    frozen = gc.get_freeze_count()
    assert cli.main(["check", str(tmp_path / "none.meeting")]) == 2  # in-process, as a test or a script
    assert gc.get_freeze_count() == frozen
    program = (
        "import gc, sys; from meetingkit.cli import main; sys.argv[1:] = ['check', 'none.meeting'];"
        " status = main(); print(status, gc.get_freeze_count() > 0)"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, cwd=tmp_path, timeout=60
    )
    assert done.stdout.split() == ["2", "True"], done.stderr


@pytest.mark.parametrize("argv", [["{file}", "--author", "Ana"], ["--author", "Ana", "{file}"]])
def test_a_file_where_the_command_goes_is_told_how_to_open_it(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    event = tmp_path / "barcelona.meeting"
    event.write_bytes(b"")  # only its being a file counts: nothing reads it
    assert cli.main([a.format(file=event) for a in argv]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert f"{event} is not a command: open it in the app with `meetingkit {event}` alone" in err
    assert event.read_bytes() == b""
