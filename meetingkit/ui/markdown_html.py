"""Markdown to HTML for on-screen previews: raw HTML the user typed is shown as text, images as their alt text.

Python-Markdown is imported on the first preview, not at start-up (it costs ~20 ms to import).
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import markdown


def _images_as_text(root: etree.Element) -> None:
    """`![Mayor](file:///home/…/x.jpg)` becomes the text "[image: Mayor]".

    Qt's text engine loads an <img> by itself, even from a local path, when no resource is found,
    so an image element must never reach it.
    """
    for element in root.iter():
        if element.tag == "img":
            alt = element.get("alt") or "image"
            element.tag = "span"
            element.attrib.clear()
            element.text = f"[image: {alt}]"


def safe_preview_extension() -> Any:
    """A Python-Markdown extension: no raw HTML passthrough (`<tag>`, `<!-- -->` are escaped), no images."""
    from markdown.extensions import Extension
    from markdown.treeprocessors import Treeprocessor

    class ImagesAsText(Treeprocessor):
        def run(self, root: etree.Element) -> None:
            _images_as_text(root)

    class SafePreviewExtension(Extension):
        def extendMarkdown(self, md: markdown.Markdown) -> None:
            md.preprocessors.deregister("html_block")
            md.inlinePatterns.deregister("html")
            md.treeprocessors.register(ImagesAsText(md), "images_as_text", 0)

    return SafePreviewExtension()


def render_markdown(text: str) -> str:
    """HTML for a notes or summary text; safe to show in a widget that loads no resources."""
    import markdown

    converter = markdown.Markdown(extensions=[safe_preview_extension(), "sane_lists"], output_format="html")
    return converter.convert(text)
