"""Markdown to HTML for on-screen previews, through the pipeline every export uses (export.markdown_pipeline).

Raw HTML the user typed is shown as text and images become links, so the widget has nothing to load.
Python-Markdown is imported on the first preview, not at start-up (it costs ~20 ms to import).
"""

from __future__ import annotations


def render_markdown(text: str) -> str:
    """HTML for a notes or summary text; safe to show in a widget that loads no resources."""
    from meetingkit.export.markdown_pipeline import note_html

    return note_html(text)
