"""The command line builds only the parser of the command it runs, and says the same as the whole parser."""

from __future__ import annotations

import argparse
import contextlib
import gc
import io
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from meetingkit import cli, cli_parser


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
        ["add", "e.meeting", "a", "--session", "Opening", "b"],  # the line's words apart
        ["add", "e.meeting", "--session", "Opening", "a", "--author", "Ana", "b"],
        ["add", "e.meeting", "--session", "-x", "a"],
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


# Words a plain `add` is spelled with, and what makes argparse read a line differently: abbreviations, `--`,
# `=`, help, dash-led words (a negative number is a positional word to argparse), empty words.
_WORDS = st.sampled_from(
    ["add", "e.meeting", "~/e.meeting", "", "Ana", "! Circulate", "@UCLG", "x y", "-1", "-", "--", "-h",
     "--help", "--sess", "--author=Ana", "--bogus", "check"]
)  # fmt: skip
_PLAIN = st.sampled_from(["e.meeting", "Opening", "", "add", "! Circulate", "@UCLG"])
_OPTIONS = st.sampled_from(["--session", "--author", "--session", "--author", "--sess", "--author=Ana", "--"])
# Mostly plain lines (options with their values among words), some with anything anywhere.
_ARGV = st.builds(
    lambda top, body: [*top, "add", *(word for part in body for word in part)],
    st.sampled_from([[], ["--author", "Ana"], ["--author", "add"], ["--author"], ["--auth", "Ana"]]),
    st.lists(
        st.one_of(
            st.tuples(_OPTIONS, _PLAIN), st.tuples(_OPTIONS, _WORDS), st.tuples(_PLAIN), st.tuples(_WORDS)
        ),
        max_size=7,
    ),
) | st.lists(_WORDS, max_size=8)


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_ARGV)
def test_a_plain_add_reads_as_argparse_reads_it(argv: list[str]) -> None:
    plain = cli._plain_add(argv)
    with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
        try:
            parsed: argparse.Namespace | None = cli.build_parser().parse_args(argv)
        except SystemExit:
            parsed = None
    if plain is not None:
        assert parsed is not None and vars(plain) == vars(parsed)


@pytest.mark.parametrize(
    "argv",
    [
        ["add", "e.meeting", "--session", "Opening", "! Circulate the calendar @UCLG"],
        ["add", "e.meeting", "--session", "Opening", "!", "Circulate", "@UCLG"],
        ["add", "--session", "Opening", "e.meeting", "a note"],
        ["add", "e.meeting", "a note", "--session", "Opening"],
        ["add", "e.meeting", "--session", "Opening", "a note", "--author", "Ana"],
        ["--author", "add", "add", "~/e.meeting", "--session", "", "a note"],
    ],
)
def test_the_usual_spellings_of_add_need_no_parser(argv: list[str]) -> None:
    plain = cli._plain_add(argv)
    assert plain is not None and vars(plain) == vars(cli.build_parser().parse_args(argv))


def test_a_plain_add_is_answered_without_a_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_parser(only: str | None = None) -> argparse.ArgumentParser:
        raise AssertionError("built a parser")

    monkeypatch.setattr(cli, "build_parser", no_parser)
    assert cli.main(["--author", "Ana", "add", "none.meeting", "--session", "S", "a", "note"]) == 2


def test_the_commands_named_without_the_parser_are_those_it_builds() -> None:
    assert tuple(spec[0] for spec in cli_parser.COMMAND_SPECS) == cli.COMMANDS
