"""The Markdown summaries say what the outline says, as GitHub-flavoured Markdown that reads as plain text."""

from __future__ import annotations

import re
from pathlib import Path

import markdown

from meetingkit.core.model import ActionFields, AttachmentKind, EventSnapshot, Horizon
from meetingkit.export.md_writer import github_slug, render_markdown_document, write_markdown
from meetingkit.export.outline import ExportOptions, Heading, build_outline, plain_text

from .conftest import build_snapshot, item
from .test_markdown_safe import Tags, live_links_are_safe


def pack_links(attachment: object) -> str:
    kind = getattr(attachment, "kind", None)
    name = getattr(attachment, "filename", "")
    return f"photos/{name}" if kind is AttachmentKind.PHOTO else f"presentations/{name}"


def table_rows(text: str, first_header: str) -> list[list[str]]:
    """The body rows of the pipe table whose header starts with `first_header`, cells unescaped."""
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith(f"| {first_header} |"))
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        cells = re.split(r"(?<!\\)\|", line.strip())[1:-1]
        rows.append([c.strip().replace("\\|", "|") for c in cells])
    return rows


def test_every_heading_of_the_outline_is_a_markdown_heading(snapshot: EventSnapshot) -> None:
    outline = build_outline(snapshot)
    text = render_markdown_document(outline)
    assert text.startswith(f"# {outline.title}\n")
    for block in outline.walk():
        if isinstance(block, Heading):
            assert f"\n{'#' * (block.level + 1)} {block.text}\n" in text


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


def test_registers_are_pipe_tables_with_one_row_per_line(snapshot: EventSnapshot) -> None:
    outline = build_outline(snapshot)
    text = render_markdown_document(outline)
    register = table_rows(text, "Ref.")
    assert [r[0] for r in register] == ["A1", "A2", "A3"]
    assert register[0][1:3] == ["Facilitate peer learning", "UCLG"]
    assert register[0][7] == "[Day 1 · Methodologies of learning](#methodologies-of-learning)"
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
    register = table_rows(text, "Ref.")
    assert register[0][:3] == ["A1", "Compare A | B options", "UCLG | Metropolis"]
    html = markdown.markdown(text, extensions=["tables"])
    assert "<td>Compare A | B options</td>" in html


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
