"""Users' Markdown is rendered and re-written safely: raw HTML stays text, only http/https/mailto links live."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser

import markdown
import pytest
from hypothesis import given
from hypothesis import strategies as st

from meetingkit.core.text import clean_line
from meetingkit.export.markdown_pipeline import parse_markdown, tree_html
from meetingkit.export.markdown_safe import (
    document_href,
    escape_markdown,
    neutralise_markdown,
    render_markdown,
    render_markdown_entry,
    safe_url,
)

HOSTILE_LINKS = [
    "[x](javascript:alert(1))",
    "[x](JavaScript:alert(1))",
    "[x](java&#115;cript:alert(1))",
    "[x](java\tscript:alert(1))",
    "[x](<javascript:alert(1)>)",
    "[x](data:text/html;base64,PHNjcmlwdD4=)",
    "[x](file:///etc/passwd)",
    "[x](vbscript:msgbox(1))",
    "[x](relative/page.html)",
    "[x][r]\n\n[r]: javascript:alert(1)",
    "<javascript:alert(1)>",
    "![x](javascript:alert(1))",
]


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text, of an HTML fragment."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.feed(source)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def names(self) -> set[str]:
        return {t for t, _ in self.tags}

    def hrefs(self) -> list[str]:
        return [a.get("href") or "" for t, a in self.tags if t == "a"]


SAFE_PREFIXES = ("http:", "https:", "mailto:")


def live_links_are_safe(rendered: str, *, also: tuple[str, ...] = ()) -> None:
    """No script, image or event handler, and every link is http/https/mailto (or one of `also`)."""
    parsed = Tags(rendered)
    assert not parsed.names() & {"script", "img", "iframe", "object", "embed", "style"}
    for tag, attrs in parsed.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
    for href in parsed.hrefs():
        assert href.startswith(SAFE_PREFIXES + also), href


# ---------------------------------------------------------------------------------------- rendering


def test_raw_html_in_a_note_is_shown_as_text() -> None:
    rendered = render_markdown('<script>alert(1)</script> and <img src=x onerror="alert(1)">')
    live_links_are_safe(rendered)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered
    assert "".join(Tags(rendered).text).startswith("<script>alert(1)</script> and <img")


@pytest.mark.parametrize("source", HOSTILE_LINKS)
def test_links_other_than_http_https_mailto_become_plain_text(source: str) -> None:
    rendered = render_markdown(source)
    live_links_are_safe(rendered)
    assert "href" not in rendered
    assert "javascript:" not in rendered.lower().replace("&lt;javascript:", "")


def test_http_https_and_mailto_links_survive() -> None:
    rendered = render_markdown(
        "[guide](https://example.org/a?b=1&c=2) <http://example.org> [mail](mailto:rapporteur@example.org)"
    )
    assert Tags(rendered).hrefs() == [
        "https://example.org/a?b=1&c=2",
        "http://example.org",
        "mailto:rapporteur@example.org",
    ]


def test_images_in_notes_become_links_so_no_remote_pixel_is_loaded() -> None:
    parsed = Tags(render_markdown("![the flipchart](https://example.org/f.png)"))
    assert "img" not in parsed.names()
    assert parsed.hrefs() == ["https://example.org/f.png"]
    assert "the flipchart" in "".join(parsed.text)


def test_control_characters_are_removed_and_emoji_kept() -> None:
    rendered = render_markdown("bell\x07 nul\x00 \ufffe done 🎉")
    assert "\x07" not in rendered and "\x00" not in rendered and "\ufffe" not in rendered
    assert "bell nul  done 🎉" in rendered


def test_right_to_left_paragraphs_and_list_items_are_marked() -> None:
    rendered = render_markdown("مرحبا بكم في برشلونة\n\nEnglish line\n\n- שלום\n- hello")
    assert '<p dir="rtl">مرحبا بكم في برشلونة</p>' in rendered
    assert "<p>English line</p>" in rendered
    assert '<li dir="rtl">שלום</li>' in rendered
    assert "<li>hello</li>" in rendered


def test_a_list_right_under_a_paragraph_is_a_list() -> None:
    parsed = Tags(render_markdown("Points raised:\n- funding\n- staff time"))
    assert "ul" in parsed.names()
    assert [t for t, _ in parsed.tags].count("li") == 2


def test_headings_of_a_note_can_be_shifted_below_the_documents_own() -> None:
    assert render_markdown("# Big\n\n## Smaller", heading_offset=4) == "<h5>Big</h5>\n<h6>Smaller</h6>"


def test_entry_splits_the_first_paragraph_from_the_blocks_below() -> None:
    first, rest = render_markdown_entry("Plain note with `code`:\n\n- one\n    - nested\n- two")
    assert first == "Plain note with <code>code</code>:"
    assert rest.startswith("<ul>") and "<li>nested</li>" in rest
    assert render_markdown_entry("- only a list")[0] == ""


@pytest.mark.parametrize(
    "line",
    [
        "Adopt a common glossary",
        "Who needs to learn?",
        "مرحبا بكم في برشلونة",
        'Emoji 🎉, "quotes", (brackets), 100% / slashes; a dash — and an é',
        "trailing spaces   ",
    ],
)
def test_plain_lines_skip_the_parser_with_the_same_result(line: str) -> None:
    assert render_markdown(line) == tree_html(parse_markdown(clean_line(line)))


def test_rendering_is_safe_from_several_threads_at_once() -> None:
    sources = [f"**note {n}** with [a link](https://example.org/{n})" for n in range(200)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(render_markdown, sources))
    assert results == [render_markdown(s) for s in sources]


def test_safe_url_and_document_href() -> None:
    assert safe_url(" https://example.org ") == "https://example.org"
    assert safe_url("jav&#x61;script:alert(1)") is None
    assert document_href("photos/03 plenary (1).jpg") == "photos/03%20plenary%20%281%29.jpg"
    assert document_href("https://example.org/a b") == "https://example.org/a%20b"  # as a browser reads it
    for bad in ("javascript:alert(1)", "/etc/passwd", "C:\\secret.docx", "file:///x"):
        assert document_href(bad) is None


# ---------------------------------------------------------------------------------- Markdown output


@pytest.mark.parametrize(
    "source",
    [*HOSTILE_LINKS, "<script>alert(1)</script>", 'a <img src=x onerror="alert(1)"> b', "<!-- hidden -->"],
)
def test_neutralised_markdown_is_safe_even_in_a_renderer_that_passes_html_through(source: str) -> None:
    # Python-Markdown with default settings keeps raw HTML and every link: the least careful viewer.
    rendered = markdown.markdown(neutralise_markdown(source))
    live_links_are_safe(rendered)
    assert "<!--" not in rendered


def test_neutralising_keeps_safe_markdown_and_code_as_written() -> None:
    source = (
        "**Bold** and [guide](https://example.org) <https://example.org>\n\n"
        "`<b>not html</b>`\n\n```\n<div>[x](javascript:y)</div>\n```"
    )
    assert neutralise_markdown(source) == source


def test_neutralising_can_turn_a_notes_headings_into_bold_lines() -> None:
    assert neutralise_markdown("# Big\ntext\n\nTitle\n===", flatten_headings=True) == (
        "**Big**\ntext\n\n**Title**\n"
    )


# "~" is left out: GitHub reads "~~" as strike-through, so it is escaped, but Python-Markdown (the
# only renderer at hand) has no strike-through and shows the backslash.
TRICKY = st.text(alphabet="ab 1.*_`[]()<>#&;!-+|\\=:/é🎉", min_size=1, max_size=30)


@given(TRICKY)
def test_escaped_literal_text_reads_back_as_the_same_text(text: str) -> None:
    rendered = markdown.markdown(escape_markdown(text))
    shown = "".join(Tags(rendered).text)
    assert " ".join(shown.split()) == " ".join(text.split())
    assert Tags(rendered).names() <= {"p"}


def test_strike_through_marks_are_escaped_for_github() -> None:
    assert escape_markdown("~~not struck~~ a ~ b") == "\\~\\~not struck\\~\\~ a ~ b"


def test_a_fence_a_note_leaves_open_is_closed_at_the_end_of_the_note() -> None:
    """Otherwise a CommonMark viewer shows the rest of the whole document as code."""
    assert neutralise_markdown("Example:\n```python\nprint(1)") == "Example:\n```python\nprint(1)\n```"
    assert neutralise_markdown("~~~~\nx\n~~~") == "~~~~\nx\n~~~\n~~~~"  # a shorter fence does not close it
    assert neutralise_markdown("```\nx\n```") == "```\nx\n```"
