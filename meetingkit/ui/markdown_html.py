"""Markdown to HTML for on-screen previews, with any raw HTML the user typed shown as text, never as markup."""

from __future__ import annotations

import markdown
from markdown.extensions import Extension


class EscapeRawHtml(Extension):
    """Drop Python-Markdown's raw HTML passthrough, so `<tag>` and `<!-- -->` are escaped like any text."""

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")


def render_markdown(text: str) -> str:
    """HTML for a notes or summary text; safe to show in a widget that loads no resources."""
    converter = markdown.Markdown(extensions=[EscapeRawHtml(), "sane_lists"], output_format="html")
    return converter.convert(text)
