"""`export --layout igf`: every session under the IGF session-report headings, filled from the notes."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from support.cli import Run

IGF = [
    "Session type and title",
    "Key issues raised",
    "Key takeaways and way forward",
    "Call to action",
    "Participation",
    "Rapporteur",
]


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from meetingkit.sample.build import write_sample

    return write_sample(tmp_path_factory.mktemp("sample") / "x.meeting")


def _sessions(path: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each session heading with the (style, text) of the paragraphs up to the next session or day."""
    sessions: list[tuple[str, list[tuple[str, str]]]] = []
    for p in Document(str(path)).paragraphs:
        style = p.style.name if p.style is not None else ""
        if style in ("Heading 1", "Title"):
            if sessions and sessions[-1][0] == "":
                continue
            sessions.append(("", []))  # a day or section: ends the session before it
        elif style == "Heading 2":
            sessions.append((p.text, []))
        elif sessions:
            sessions[-1][1].append((style, p.text))
    return [(title, body) for title, body in sessions if title]


def test_every_session_has_the_igf_headings_in_order(run: Run, sample: Path, tmp_path: Path) -> None:
    from meetingkit.store import EventStore

    with EventStore.open(sample, read_only=True) as store:
        titles = {s.title for s in store.sessions()}
    run("export", sample, "--to", "docx", "--layout", "igf", "-o", "igf.docx")
    sessions = [(t, body) for t, body in _sessions(tmp_path / "igf.docx") if t in titles]
    assert {t for t, _ in sessions} == titles
    for title, body in sessions:
        headings = [text for style, text in body if style.startswith("Heading")]
        assert headings == IGF, title
    # Filled from the notes: the sample's actions are calls to action with their numbers.
    text = "\n".join(t for _, body in sessions for _, t in body)
    assert "A1 " in text
    standard = tmp_path / "standard.docx"
    run("export", sample, "--to", "docx", "-o", standard)
    assert "Key issues raised" not in [p.text for p in Document(str(standard)).paragraphs]


def test_an_unknown_layout_is_one_clear_line(run: Run, sample: Path) -> None:
    result = run("export", sample, "--to", "docx", "--layout", "unesco", "-o", "x.docx", check=False)
    assert result.returncode == 2 and "layout" in result.stderr and "Traceback" not in result.stderr
