"""Markdown to HTML for on-screen previews: raw HTML the user typed is shown as text, images as their alt text."""

from __future__ import annotations

import xml.etree.ElementTree as etree

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor


class _ImagesAsText(Treeprocessor):
    """`![Mayor](file:///home/…/x.jpg)` becomes the text "[image: Mayor]".

    Qt's text engine loads an <img> by itself, even from a local path, when no resource is found,
    so an image element must never reach it.
    """

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            if element.tag == "img":
                alt = element.get("alt") or "image"
                element.tag = "span"
                element.attrib.clear()
                element.text = f"[image: {alt}]"


class SafePreviewExtension(Extension):
    """Drop Python-Markdown's raw HTML passthrough (so `<tag>` and `<!-- -->` are escaped) and images."""

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(_ImagesAsText(md), "images_as_text", 0)


def render_markdown(text: str) -> str:
    """HTML for a notes or summary text; safe to show in a widget that loads no resources."""
    converter = markdown.Markdown(extensions=[SafePreviewExtension(), "sane_lists"], output_format="html")
    return converter.convert(text)
