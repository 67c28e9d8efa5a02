"""The Markdown preview shows raw HTML as text, loads no file or remote resource, opens only web/mail links."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot

from meetingkit.ui.markdown_html import render_markdown
from meetingkit.ui.widgets.markdown_preview import SafePreview


def test_raw_html_is_escaped_not_rendered() -> None:
    html = render_markdown(
        '<b>bold?</b> <script>alert(1)</script>\n\n<img src="x" onerror="alert(1)">\n\n<!-- hidden -->'
    )
    assert "<b>" not in html and "<script>" not in html and "<img" not in html and "<!--" not in html
    assert "&lt;b&gt;bold?&lt;/b&gt;" in html
    assert "&lt;script&gt;" in html


def test_markdown_still_renders() -> None:
    html = render_markdown(
        "Cities **agreed**:\n\n- peer review\n- a *calendar*\n\nSee [the site](https://uclg.org)."
    )
    assert "<strong>agreed</strong>" in html
    assert "<li>peer review</li>" in html
    assert '<a href="https://uclg.org">the site</a>' in html


def test_preview_shows_typed_html_as_text(qtbot: QtBot) -> None:
    preview = SafePreview()
    qtbot.addWidget(preview)
    preview.show_markdown("<b>not bold</b> & **bold**")
    assert preview.toPlainText() == "<b>not bold</b> & bold"


def test_preview_loads_no_local_or_remote_image(qtbot: QtBot, tmp_path: Path) -> None:
    picture = tmp_path / "secret.png"
    Image.new("RGB", (40, 30), "red").save(picture)
    local = QUrl.fromLocalFile(str(picture))
    remote = QUrl("http://tracker.example/pixel.png")
    text = f"![local]({local.toString()}) ![remote]({remote.toString()})"

    plain = QTextBrowser()  # what a plain QTextBrowser does with an <img>: read the local file
    qtbot.addWidget(plain)
    plain.setHtml(f'<img src="{local.toString()}">')
    assert plain.document().resource(QTextDocument.ResourceType.ImageResource, local) is not None

    preview = SafePreview()
    qtbot.addWidget(preview)
    preview.show_markdown(text)
    for url in (local, remote):
        assert preview.document().resource(QTextDocument.ResourceType.ImageResource, url) is None
    # As in every export, an image reads as its alt text (a link when its URL is web or mail).
    assert preview.toPlainText() == "local remote"


def test_only_web_and_mail_links_open_and_only_on_click(qtbot: QtBot) -> None:
    opened: list[str] = []
    preview = SafePreview(open_url=lambda url: opened.append(url.toString()))
    qtbot.addWidget(preview)
    preview.show_markdown(
        "[a](https://a.example) [b](file:///etc/passwd) [c](javascript:alert(1)) [d](mailto:x@y.org)"
    )
    assert opened == []  # showing never opens anything
    assert not preview.openLinks() and not preview.openExternalLinks()
    refused: list[str] = []
    preview.link_refused.connect(refused.append)
    for link in ("https://a.example", "file:///etc/passwd", "javascript:alert(1)", "mailto:x@y.org"):
        preview.anchorClicked.emit(QUrl(link))
    assert opened == ["https://a.example", "mailto:x@y.org"]
    assert refused == ["file:///etc/passwd", "javascript:alert(1)"]
    assert preview.source().isEmpty()  # clicking never navigated the preview itself


def test_a_web_link_opens_in_the_desktops_browser(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    preview = SafePreview()  # no opener given: the desktop's own, as in the app
    qtbot.addWidget(preview)
    preview.show_markdown("[site](https://uclg.example)")
    preview.anchorClicked.emit(QUrl("https://uclg.example"))
    assert opened == ["https://uclg.example"]
