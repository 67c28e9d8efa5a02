"""The sample event's Word document read back: each thing said once, answers under their questions."""

from __future__ import annotations

from collections import Counter

import pytest
from docx import Document
from docx.document import Document as DocxDocument

from meetingkit.core.model import EventSnapshot, Tag
from meetingkit.export.docx_writer import write_docx
from meetingkit.export.repetition import said_in, sentences
from meetingkit.sample.content import SAMPLE_FOCUS_AREAS


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> EventSnapshot:
    from meetingkit.sample.build import write_sample
    from meetingkit.store import EventStore

    path = write_sample(tmp_path_factory.mktemp("sample") / "sample.meeting")
    with EventStore.open(path, read_only=True) as store:
        return store.snapshot()


@pytest.fixture(scope="module")
def document(sample: EventSnapshot, tmp_path_factory: pytest.TempPathFactory) -> DocxDocument:
    out = tmp_path_factory.mktemp("docx") / "summaries.docx"
    write_docx(sample, out)
    return Document(str(out))


def _texts(document: DocxDocument) -> list[tuple[str, str]]:
    """(style, text) of every paragraph, the body's and the tables'."""
    found = [(p.style.name if p.style else "", p.text) for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                found.extend((p.style.name if p.style else "", p.text) for p in cell.paragraphs)
    return found


def test_every_paragraph_has_a_style(document: DocxDocument) -> None:
    unstyled = [p.text for p in document.paragraphs if p._p.pPr is None or p._p.pPr.pStyle is None]
    assert not [t for t in unstyled if t.strip()]


def test_no_synergy_is_written_more_than_twice(sample: EventSnapshot, document: DocxDocument) -> None:
    body = "\n".join(t for _, t in _texts(document))
    synergies = [i.text for i in sample.items if i.has(Tag.SYNERGY)]
    assert len(synergies) >= 10
    # Once where it was raised (the synergies-by-party index gives numbers only).
    assert {text: body.count(text) for text in synergies if body.count(text) > 1} == {}


def test_the_roadmap_lists_each_focus_area_once_per_horizon(document: DocxDocument) -> None:
    texts = _texts(document)
    start = texts.index(("Heading 1", "Roadmap"))
    end = next(i for i in range(start + 1, len(texts)) if texts[i][0] == "Heading 1")
    listed = Counter(
        area
        for style, text in texts
        if style.startswith("List")
        for area in SAMPLE_FOCUS_AREAS
        if text == area
    )
    # Nowhere else as a bare list (the conclusions refer to the roadmap instead of repeating it) ...
    assert listed == Counter()
    roadmap = [t for s, t in texts[start:end] if s.startswith("List")]
    for area in SAMPLE_FOCUS_AREAS:
        # ... and in the roadmap once under each horizon that has actions for it.
        assert sum(t.startswith(f"{area} — A") for t in roadmap) in (1, 2), area
    headings = [t for s, t in texts[start:end] if s == "Heading 2"]
    assert headings == ["Short term", "Medium term", "Long term"]


def test_an_answer_follows_its_question(sample: EventSnapshot, document: DocxDocument) -> None:
    answers = [i for i in sample.items if i.text.startswith("Answer:")]
    assert len(answers) >= 3
    texts = [p.text for p in document.paragraphs]
    for answer in answers:
        assert texts.count(answer.text) == 1
        at = texts.index(answer.text)
        assert texts[at - 1].endswith("?"), (texts[at - 1], answer.text)


def test_key_points_the_summary_makes_are_left_out(sample: EventSnapshot, document: DocxDocument) -> None:
    texts = [p.text for p in document.paragraphs]
    dropped = 0
    for session in sample.sessions:
        said = sentences(session.summary)
        for item in sample.items:
            mine = item.session_id == session.id and item.has(Tag.KEY_POINT) and not item.has(Tag.ACTION)
            if mine and said_in(item.text, said):
                dropped += 1
                assert item.text not in texts
    assert dropped >= 4
    kept = "Few networks evaluate learning outcomes; most report activities and participants"
    assert kept in texts


@pytest.mark.parametrize(
    ("point", "summary", "repeated"),
    [
        ("Peer learning", "Peer learning first.", False),  # too short to tell
        ("Networks lower the cost of finding a peer", "Networks lower the cost of finding a peer.", True),
        ("Networks lower the cost of finding a peer", "Networks are **lowering** the cost of a peer.", False),
        (
            "Networks lower the cost of finding a peer",
            "- networks lower the *cost* of finding the right peer",
            True,
        ),
    ],
)
def test_near_duplicate_rule(point: str, summary: str, repeated: bool) -> None:
    assert said_in(point, sentences(summary)) is repeated
