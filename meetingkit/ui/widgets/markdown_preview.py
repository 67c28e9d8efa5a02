"""A Markdown preview that loads nothing (no remote or local files) and opens only web and mail links, on click."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from meetingkit.ui.markdown_html import render_markdown

if TYPE_CHECKING:  # Qt makes a class on first use: QUrl's and QDesktopServices' wait for the first link
    from PySide6.QtCore import QUrl

ALLOWED_SCHEMES = frozenset({"http", "https", "mailto"})


class NoResourceDocument(QTextDocument):
    """A text document that never reads an image or style sheet.

    Overriding QTextBrowser.loadResource alone is not enough: when it returns nothing, Qt 6's
    QTextDocument.loadResource falls back to reading local files itself.
    """

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        return None


class SafePreview(QTextBrowser):
    """Shows rendered Markdown. Images and style sheets the text refers to are never fetched or read."""

    link_refused = Signal(str)  # a clicked link whose scheme is not http, https or mailto

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        open_url: Callable[[QUrl], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setDocument(NoResourceDocument(self))
        self._open_url = open_url or _open_in_browser
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.anchorClicked.connect(self._follow)
        self.setAccessibleName(self.tr("Summary preview"))

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        # A note's ![image](file:///home/...) or http:// URL must not be read or fetched: a shared event
        # file could otherwise make the app read local files or call out to a tracking server.
        return None

    def show_markdown(self, text: str) -> None:
        scroll = self.verticalScrollBar().value()
        # Nothing to render needs no Markdown pipeline (importing it is a cost of the first preview).
        self.setHtml(render_markdown(text) if text.strip() else "")
        self.verticalScrollBar().setValue(scroll)

    def _follow(self, url: QUrl) -> None:
        if url.scheme().lower() in ALLOWED_SCHEMES:
            self._open_url(url)
        else:
            self.link_refused.emit(url.toString())


def _open_in_browser(url: QUrl) -> bool:
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(url)
