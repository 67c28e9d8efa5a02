"""The Markdown summaries say what the outline says, as GitHub-flavoured Markdown that reads as plain text."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from pathlib import Path

import markdown

from meetingkit.core.model import ActionFields, AttachmentKind, EventSnapshot, Horizon
from meetingkit.export.md_writer import github_slug, render_markdown_document, write_markdown
from meetingkit.export.outline import Cell, ExportOptions, Heading, Table, build_outline, plain_text

from .conftest import build_snapshot, item
from .test_markdown_safe import Tags, live_links_are_safe


def pack_links(attachment: object) -> str:
    kind = getattr(attachment, "kind", None)
    name = getattr(attachment, "filename", "")
    return f"photos/{name}" if kind is AttachmentKind.PHOTO else f"presentations/{name}"


def table_rows(text: str, first_header: str) -> list[list[str]]:
    """The body rows of the pipe table whose header starts with `first_header`, cells unescaped."""
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if re.match(rf"\| {re.escape(first_header)} +\|", line))
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        cells = re.split(r"(?<!\\)\|", line.strip())[1:-1]
        rows.append([c.strip().replace("\\|", "|") for c in cells])
    return rows


def test_every_heading_of_the_outline_is_a_markdown_heading_with_no_level_skipped(
    snapshot: EventSnapshot,
) -> None:
    outline = build_outline(snapshot)
    text = render_markdown_document(outline)
    assert text.startswith(f"# {outline.title}\n")
    headings = re.findall(r"^(#{1,6}) (.+)$", text, re.MULTILINE)
    for block in outline.walk():
        if isinstance(block, Heading):
            assert block.text in {title for _, title in headings}
    levels = [len(marks) for marks, _ in headings]
    assert levels[0] == 1
    # Going down, one level at a time (the outline puts a session's parts two below it).
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels))
    assert "#### Guiding questions" in {f"{m} {t}" for m, t in headings}


def test_table_of_contents_links_resolve_to_githubs_heading_anchors(snapshot: EventSnapshot) -> None:
    text = render_markdown_document(build_outline(snapshot))
    headings = re.findall(r"^#{1,6} (.+)$", text, re.MULTILINE)
    slugs: dict[str, int] = {}
    anchors = set()
    for h in headings:
        slug = github_slug(h)
        anchors.add(slug if slug not in slugs else f"{slug}-{slugs[slug]}")
        slugs[slug] = slugs.get(slug, 0) + 1
    links = re.findall(r"\]\(#([^)]+)\)", text)
    assert "day-1--how-are-networks-and-cities-learning" in links
    assert links and set(links) <= anchors


def test_actions_quotes_and_figures_are_all_there(snapshot: EventSnapshot) -> None:
    text = render_markdown_document(build_outline(snapshot))
    for action in snapshot.actions():
        assert plain_text(action.text) in text
    assert "> Learning is a matter of trust\n>\n> — Tim Campbell" in text
    assert "**Figure 1:** Opening plenary" in text
    assert "*Photo: Jordi Pujol · Day 1 · Methodologies of learning*" in text
    assert "**Figure 2:** Group photo" in text
    assert "No consent" not in text and "Not selected" not in text


def test_tables_are_padded_and_a_wide_register_is_a_list(snapshot: EventSnapshot) -> None:
    outline = build_outline(snapshot)
    text = render_markdown_document(outline)
    # The actions register is wider than a window as a table: one entry an action, details below.
    assert (
        "- **A1** Facilitate peer learning  \n  Owner: UCLG · Due: 31 Dec 2024 · Horizon: Short term · Status: Open"
        " · Focus area: Facilitate peer learning · Session: [Day 1 · Methodologies of learning]"
        "(#methodologies-of-learning)"
    ) in text
    html = markdown.markdown(text, extensions=["tables"])
    assert "<li><strong>A2</strong> Monitor and evaluate learning outcomes<br />" in html
    # The roadmap is a list under each horizon, the actions by number (their text is in the register).
    assert "### Short term\n\n- **Facilitate peer learning** — [A1](#methodologies-of-learning)\n" in text
    people = table_rows(text, "Organisation")
    uclg = next(i for i, r in enumerate(people) if r[0] == "UCLG")
    # The UCLG cell lists three people: three rows, the organisation written once.
    assert [r[1] for r in people[uclg : uclg + 3]] == [
        "Anna Calvete",
        "Emilia Saiz — Secretary General",
        "Sara Hoeflich",
    ]
    assert people[uclg + 1][0] == ""
    # Every line of a table is as long as its header line: columns line up in a text editor.
    for block in re.findall(r"(?:^\|.*\|\n)+", text, re.MULTILINE):
        assert len({len(line) for line in block.strip().split("\n")}) == 1, block


def test_a_grouped_register_too_wide_for_a_table_is_a_nested_list(snapshot: EventSnapshot) -> None:
    # A first cell left empty means "as above" and a last cell of several lines holds the leaves.
    long = "Organise peer-learning exchanges on the demands raised this morning, starting with local finance"
    grouped = Table(
        header=("Horizon", "Focus area", "Actions"),
        rows=(
            (Cell("Short term"), Cell("Peers"), Cell(f"A1 {long}\nA2 Pair cities")),
            (Cell(""), Cell("Finance"), Cell("A3 Budget")),
        ),
        widths=(1, 1, 3),
    )
    outline = build_outline(snapshot)
    section = dataclasses.replace(outline.sections[0], children=(grouped,))
    text = render_markdown_document(dataclasses.replace(outline, sections=(section,)))
    assert (
        f"- **Short term**\n    - **Peers**\n        - A1 {long}\n        - A2 Pair cities\n"
        "    - **Finance**\n        - A3 Budget"
    ) in text
    assert "| Horizon" not in text


def test_a_pipe_in_a_cell_does_not_break_the_table() -> None:
    snap = build_snapshot(
        items=(
            item(
                "a",
                "s1",
                1,
                "Compare A | B options",
                "action",
                action=ActionFields(owner="UCLG | Metropolis"),
            ),
        )
    )
    text = render_markdown_document(build_outline(snap))
    html = markdown.markdown(text, extensions=["tables"])
    assert "Owner: UCLG | Metropolis" in html
    assert "<li><strong>A1</strong> Compare A | B options<br />" in html


def test_photos_and_presentations_are_linked_relative_to_the_pack(snapshot: EventSnapshot) -> None:
    text = render_markdown_document(build_outline(snapshot, ExportOptions(link_for=pack_links)))
    assert "![Opening plenary](photos/ph1.png)" in text
    assert "[Smart Cities and beyond.pdf](presentations/Smart%20Cities%20and%20beyond.pdf)" in text


def test_without_links_there_are_no_images_and_file_names_are_text(snapshot: EventSnapshot) -> None:
    text = render_markdown_document(build_outline(snapshot))
    assert "![" not in text
    assert (
        "- Smart Cities and beyond.pdf — [Day 2 · Smart Cities and beyond](#smart-cities-and-beyond)" in text
    )


def test_notes_markdown_stays_markdown_and_nested_lists_stay_nested(snapshot: EventSnapshot) -> None:
    text = render_markdown_document(build_outline(snapshot))
    assert "- Plain note with `code` and a list:\n\n    - one\n        - nested\n    - two" in text
    rendered = markdown.markdown(text)
    assert "<li>nested</li>" in rendered


def test_hostile_notes_are_neutralised() -> None:
    hostile = (
        "<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) "
        "bell\x07 مرحبا 🎉\n\n# Not a heading of the document"
    )
    snap = build_snapshot(
        items=(
            item("n", "s1", 1, hostile),
            item("q", "s1", 2, "[click](javascript:alert(2))", "quote", speaker="<b>Mallory</b>"),
            item(
                "a", "s1", 3, '=HYPERLINK("http://x")', "action", action=ActionFields(horizon=Horizon.SHORT)
            ),
        )
    )
    text = render_markdown_document(build_outline(snap))
    assert "\x07" not in text
    assert "مرحبا 🎉" in text
    assert "\n# Not a heading" not in text and "**Not a heading of the document**" in text
    # Even a viewer that renders raw HTML and every link finds nothing live in the file.
    live_links_are_safe(markdown.markdown(text, extensions=["tables"]), also=("#",))
    assert "&lt;b>Mallory&lt;/b>" in text


def test_literal_text_with_markdown_characters_is_escaped() -> None:
    snap = build_snapshot(title="*Stars* & [brackets] #1", subtitle="_under_")
    text = render_markdown_document(build_outline(snap))
    assert text.startswith("# \\*Stars\\* & \\[brackets\\] #1\n")
    rendered = Tags(markdown.markdown(text.split("\n")[0]))
    assert "".join(rendered.text) == "*Stars* & [brackets] #1"


def test_french_labels_and_dates(snapshot: EventSnapshot) -> None:
    text = render_markdown_document(build_outline(snapshot, ExportOptions(language="fr")))
    assert "## Registre des actions" in text
    assert "*Jeudi 12 septembre 2024*" in text
    assert "- **Modération\u00a0:** Emilia Saiz (UCLG)" in text


def test_write_markdown_writes_utf8_with_unix_newlines(snapshot: EventSnapshot, tmp_path: Path) -> None:
    target = write_markdown(build_outline(snapshot), tmp_path / "summaries.md")
    data = target.read_bytes()
    assert b"\r\n" not in data
    assert data.decode("utf-8") == render_markdown_document(build_outline(snapshot))


def test_remote_images_in_conclusions_become_links_as_in_the_html() -> None:
    """Opening the .md must not fetch anything: a remote image reads as a link to it, like in the HTML."""
    snapshot = build_snapshot(
        conclusions="See ![the tracker](http://tracker.example/pixel.png) and ![ref][r].\n\n"
        "[r]: https://tracker.example/other.png"
    )
    text = render_markdown_document(build_outline(snapshot))
    html = markdown.markdown(text)
    assert "<img" not in html
    assert '<a href="http://tracker.example/pixel.png">the tracker</a>' in html
    assert '<a href="https://tracker.example/other.png">ref</a>' in html


def test_a_standalone_file_says_where_the_photos_are_and_never_prints_a_bare_figure_label(
    snapshot: EventSnapshot, tmp_path: Path
) -> None:
    uncaptioned = dataclasses.replace(snapshot.attachments[2], caption="")
    snap = dataclasses.replace(
        snapshot, attachments=(*snapshot.attachments[:2], uncaptioned, *snapshot.attachments[3:])
    )
    # Links as the pack gives them, but no photos beside the file: no broken images.
    target = write_markdown(build_outline(snap, ExportOptions(link_for=pack_links)), tmp_path / "s.md")
    text = target.read_text(encoding="utf-8")
    assert "![" not in text
    assert text.count("The photos are stored in the event file") == 1
    assert "**Figure 1:** Opening plenary" in text
    assert "**Figure 2:** ph3.png" in text
    assert not re.search(r"^\*\*Figure \d+:\*\*\s*$", text, re.MULTILINE)


def test_photos_beside_the_file_are_shown_as_images(snapshot: EventSnapshot, tmp_path: Path) -> None:
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "ph1.png").write_bytes(b"png")
    target = write_markdown(build_outline(snapshot, ExportOptions(link_for=pack_links)), tmp_path / "s.md")
    text = target.read_text(encoding="utf-8")
    assert "![Opening plenary](photos/ph1.png)\n\n**Figure 1:** Opening plenary" in text
    # ph3 is not there: its caption only, and one line saying where the photos are.
    assert "![Group photo]" not in text and "**Figure 2:** Group photo" in text
    assert text.count("The photos are stored in the event file") == 1


def test_the_cover_says_who_prepared_it_and_which_edition_as_word_does(snapshot: EventSnapshot) -> None:
    options = ExportOptions(author="Anna Calvete", issued=dt.date(2024, 10, 1), version="1.2", status="draft")
    text = render_markdown_document(build_outline(snapshot, options))
    cover = text[: text.index("\n## ")]
    assert "Prepared by Anna Calvete" in cover
    assert "Issued 1 October 2024 · Version 1.2 · Draft" in cover
