"""The HTML summaries: the outline's content on one self-contained page, with nothing that can run."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

from meetingkit.core.model import ActionFields, Attachment, AttachmentKind, EventSnapshot
from meetingkit.export.html_writer import (
    CONTENT_SECURITY_POLICY,
    STYLESHEET,
    render_html_document,
    write_html,
)
from meetingkit.export.outline import ExportOptions, Heading, build_outline, plain_text

from .conftest import build_snapshot, item, png_bytes


class Page(HTMLParser):
    """Tags with attributes, ids, and the text under each element of interest."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.ids: set[str] = set()
        self.text_parts: list[str] = []
        self.stack: list[str] = []
        self.by_tag: dict[str, list[str]] = {}
        self.feed(source)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        self.tags.append((tag, values))
        if "id" in values:
            self.ids.add(values["id"])
        if tag not in {"br", "img", "meta", "col", "link"}:
            self.stack.append(tag)
            self.by_tag.setdefault(tag, []).append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        self.text_parts.append(data)
        for tag in set(self.stack):
            self.by_tag[tag][-1] += data

    @property
    def text(self) -> str:
        return " ".join("".join(self.text_parts).split())

    def texts(self, tag: str) -> list[str]:
        return [" ".join(t.split()) for t in self.by_tag.get(tag, [])]

    def attrs(self, tag: str) -> list[dict[str, str]]:
        return [a for t, a in self.tags if t == tag]


def page_of(snapshot: EventSnapshot, options: ExportOptions | None = None, **kwargs: object) -> Page:
    return Page(render_html_document(build_outline(snapshot, options), **kwargs))  # type: ignore[arg-type]


def test_page_is_self_contained_with_a_strict_policy_and_no_script(snapshot: EventSnapshot) -> None:
    source = render_html_document(build_outline(snapshot))
    page = Page(source)
    csp = [a["content"] for a in page.attrs("meta") if a.get("http-equiv") == "Content-Security-Policy"]
    assert csp == [CONTENT_SECURITY_POLICY]
    assert CONTENT_SECURITY_POLICY.startswith("default-src 'none'")
    assert "script-src" not in CONTENT_SECURITY_POLICY
    names = {t for t, _ in page.tags}
    assert not names & {"script", "link", "iframe", "object", "embed"}
    assert all(not k.startswith("on") for _, a in page.tags for k in a)
    assert page.attrs("html")[0]["lang"] == "en"
    assert "@media print" in source and "break-before: page" in source


def test_every_heading_is_there_and_the_toc_links_to_them(snapshot: EventSnapshot) -> None:
    outline = build_outline(snapshot)
    page = Page(render_html_document(outline))
    headings = page.texts("h2") + page.texts("h3") + page.texts("h4")
    for block in outline.walk():
        if isinstance(block, Heading):
            assert block.text in headings
    internal = [a["href"][1:] for a in page.attrs("a") if a.get("href", "").startswith("#")]
    assert "day-1" in internal and "actions" in internal
    assert set(internal) <= page.ids


def test_actions_quotes_captions_and_credits_are_all_there(snapshot: EventSnapshot) -> None:
    page = page_of(snapshot)
    for action in snapshot.actions():
        assert plain_text(action.text) in page.text
    quote = page.texts("blockquote")[0]
    assert "Learning is a matter of trust" in quote and "— Tim Campbell" in quote
    captions = page.texts("figcaption")
    assert captions[0].startswith("Figure 1: Opening plenary") and "Photo: Jordi Pujol" in captions[0]
    assert captions[1].startswith("Figure 2: Group photo")
    assert "No consent" not in page.text


def test_registers_are_tables_with_the_same_cells_as_the_outline(snapshot: EventSnapshot) -> None:
    page = page_of(snapshot)
    cells = page.texts("td")
    start = cells.index("A1")
    assert cells[start : start + 8] == [
        "A1",
        "Facilitate peer learning",
        "UCLG",
        "31 Dec 2024",
        "Short term",
        "Open",
        "Facilitate peer learning",
        "Day 1 · Methodologies of learning",
    ]
    tables = page.attrs("table")
    assert {t["class"] for t in tables} >= {"actions-register", "participants"}


def test_photos_are_embedded_as_data_uris_from_the_image_source(
    snapshot: EventSnapshot, image_source: Callable[[Attachment], bytes | Path | None]
) -> None:
    page = page_of(snapshot, image_source=image_source)
    sources = [a["src"] for a in page.attrs("img")]
    assert len(sources) == 2
    assert all(s.startswith("data:image/png;base64,") for s in sources)
    assert base64.b64decode(sources[0].split(",", 1)[1]) == png_bytes()
    assert page.attrs("img")[0]["alt"] == "Opening plenary"


def test_photos_are_linked_when_the_outline_gives_pack_paths(snapshot: EventSnapshot) -> None:
    options = ExportOptions(
        link_for=lambda a: f"photos/{a.filename}" if a.kind is AttachmentKind.PHOTO else None
    )
    page = page_of(snapshot, options)
    assert [a["src"] for a in page.attrs("img")] == ["photos/ph1.png", "photos/ph3.png"]


def test_bytes_that_are_not_an_image_are_not_embedded(snapshot: EventSnapshot) -> None:
    page = page_of(snapshot, image_source=lambda a: b"<svg onload=alert(1)>")
    assert page.attrs("img") == []
    assert "Figure 1: Opening plenary" in page.text


def test_hostile_notes_are_neutralised() -> None:
    snap = build_snapshot(
        items=(
            item("n1", "s1", 1, "<script>alert(1)</script> and <img src=x onerror=alert(1)>"),
            item("n2", "s1", 2, "[a](javascript:alert(1)) [b](data:text/html,x) [c](file:///etc/passwd)"),
            item("n3", "s1", 3, "bell\x07 and \ufffe gone, emoji 🎉 stays"),
            item("n4", "s1", 4, "هذه ملاحظة باللغة العربية"),
            item("q", "s1", 5, "שלום לכולם", "quote", speaker="<i>Dana</i>"),
            item(
                "a", "s1", 6, "[safe](https://example.org)", "action", action=ActionFields(owner="<b>x</b>")
            ),
        )
    )
    source = render_html_document(build_outline(snap))
    page = Page(source)
    assert not {t for t, _ in page.tags} & {"script", "img"}
    hrefs = [a["href"] for a in page.attrs("a")]
    assert "https://example.org" in hrefs
    assert all(h.startswith(("#", "https:", "http:", "mailto:")) for h in hrefs)
    assert "<script>alert(1)</script> and <img src=x onerror=alert(1)>" in page.text
    assert "a b c" in page.text
    assert "\x07" not in source and "\ufffe" not in source
    assert "emoji 🎉 stays" in page.text
    rtl = [a for t, a in page.tags if a.get("dir") == "rtl"]
    assert len(rtl) == 2  # the Arabic note and the Hebrew quote
    assert "— <i>Dana</i>" in page.text
    assert "<b>x</b>" in page.text


def test_french_page(snapshot: EventSnapshot) -> None:
    page = page_of(snapshot, ExportOptions(language="fr"))
    assert page.attrs("html")[0]["lang"] == "fr"
    assert "Registre des actions" in page.texts("h2")
    assert "Jeudi 12 septembre 2024" in page.texts("p")


def test_day_sections_start_a_new_printed_page_and_the_register_is_landscape(snapshot: EventSnapshot) -> None:
    source = render_html_document(build_outline(snapshot))
    classes = [a.get("class", "") for a in Page(source).attrs("section")]
    assert classes.count("day new-page") == 3
    assert "actions-register landscape" in classes
    assert re.search(r"\.landscape \{ page: wide; \}", source)


def test_write_html(snapshot: EventSnapshot, tmp_path: Path) -> None:
    target = write_html(build_outline(snapshot), tmp_path / "summary.html")
    text = target.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and text.rstrip().endswith("</html>")


def test_the_file_written_part_by_part_is_the_page(
    snapshot: EventSnapshot, image_source: Callable[[Attachment], bytes | Path | None], tmp_path: Path
) -> None:
    """The file is written photo by photo (memory stays flat with hundreds of photos): same bytes as the page."""
    outline = build_outline(snapshot)
    target = write_html(outline, tmp_path / "summary.html", image_source=image_source)
    page = render_html_document(outline, image_source=image_source)
    assert page.count("data:image/") >= 2
    assert target.read_bytes() == page.encode("utf-8")


def test_a_portrait_photo_keeps_its_shape_on_screen_and_paper(snapshot: EventSnapshot) -> None:
    # The attachment records the original's size; the embedded copy is a smaller portrait.
    page = page_of(snapshot, image_source=lambda a: png_bytes(60, 90))
    first = page.attrs("img")[0]
    assert (first["width"], first["height"]) == ("60", "90")
    rules = re.search(r"figure img \{([^}]*)\}", STYLESHEET)
    assert rules is not None
    # Both sides auto under both limits: the photo shrinks as a whole instead of being squashed.
    assert "width: auto" in rules.group(1) and "height: auto" in rules.group(1)
    assert "max-height" in rules.group(1) and "max-width: 100%" in rules.group(1)


def test_print_has_page_numbers_and_never_cuts_a_word_in_a_column() -> None:
    assert re.search(r"@page \{[^@]*@bottom-center \{ content: counter\(page\)", STYLESHEET)
    assert "@page :first { @bottom-center { content: none; } }" in STYLESHEET
    printed = STYLESHEET[STYLESHEET.index("@media print") :]
    assert "table { table-layout: auto; }" in printed
    assert "th, td { overflow-wrap: normal; hyphens: manual; }" in printed
    assert "td.short { white-space: nowrap; }" in printed


def test_dates_and_references_in_a_register_stay_on_one_line(snapshot: EventSnapshot) -> None:
    page = render_html_document(build_outline(snapshot))
    # Dates carry no-break spaces from the outline too (the Word register needs them).
    assert '<td class="short">31\u00a0Dec\u00a02024</td>' in page
    assert '<td class="short">A1</td>' in page


def test_an_uncaptioned_photo_is_named_by_its_file(snapshot: EventSnapshot) -> None:
    bare = dataclasses.replace(snapshot.attachments[2], caption="")
    snap = dataclasses.replace(
        snapshot, attachments=(*snapshot.attachments[:2], bare, *snapshot.attachments[3:])
    )
    captions = page_of(snap).texts("figcaption")
    assert captions[1] == "Figure 2: ph3.png"


def test_heading_levels_never_skip_and_the_cover_says_who_prepared_which_edition(
    snapshot: EventSnapshot,
) -> None:
    options = ExportOptions(author="Anna Calvete", issued=dt.date(2024, 10, 1), version="1.2", status="final")
    source = render_html_document(build_outline(snapshot, options))
    levels = [int(n) for n in re.findall(r"<h([1-6])[\s>]", source)]
    assert 4 in levels  # the session parts
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels)), levels
    page = Page(source)
    cover = source[source.index('<header class="cover">') : source.index("</header>")]
    assert "Prepared by Anna Calvete" in cover
    assert "Issued 1 October 2024 · Version 1.2 · Final" in cover
    assert page.ids  # still a well-formed page
