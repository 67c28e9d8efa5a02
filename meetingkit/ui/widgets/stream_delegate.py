"""Paints one note of the stream: its time, its text, tags as coloured chips, and action/synergy fields."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from meetingkit.ui.markdown_html import render_markdown
from meetingkit.ui.models.stream_model import DETAILS_ROLE, SIZE_KEY_ROLE, TAGS_ROLE, TIME_ROLE, tag_label
from meetingkit.ui.theme import chip_colours
from meetingkit.ui.widgets.in_place_edit import InPlaceLineEdit

PAD = 8
GAP = 4
CHIP_PAD = 6
FLAGS = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)

Index = QModelIndex | QPersistentModelIndex


# Text that may hold Markdown worth rendering (emphasis, links, code, lists, line breaks); plain notes,
# the vast majority, are drawn as text, which is faster and measures the same.
_MARKDOWN_HINT = re.compile(r"[*_`\[\n]|^\s*(?:[-+>#]|\d+\.)\s")
_HTML_CACHE_SIZE = 5_000


def _small(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(max(7.0, font.pointSizeF() * 0.86))
    return small


class _Measures:
    """What measuring a row needs of one font, made once: each QFontMetrics is a Qt call per row otherwise."""

    def __init__(self, font: QFont) -> None:
        self.metrics = QFontMetrics(font)
        self.small = QFontMetrics(_small(font))
        self.time_width = self.metrics.horizontalAdvance("00:00") + 2 * PAD


class StreamDelegate(QStyledItemDelegate):
    """Rows grow with their text; the view must relayout on resize (QListView.ResizeMode.Adjust)."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self._editing: QPersistentModelIndex | None = None  # the note open in its editor (F2), if any
        # Asked once per row per layout: the wrapper lookup of view.viewport() each time is measurable.
        self._viewport = view.viewport()
        # Heights by (text, tags, details, width, font): a relayout after each new note (or a
        # resize) re-asks every row, and measuring wrapped text is the costly part.
        self._heights: dict[tuple[str, tuple[str, ...], str, int, str], int] = {}
        self._html: dict[str, str] = {}  # note text -> its Markdown as HTML (the one Markdown pipeline)
        self._measures: dict[str, _Measures] = {}  # by font key
        # Rows above this one are given `estimated_size`, nothing asked of them: the view sets both while
        # only its last screenful is in sight (see StreamView.measure_tail_first).
        self.estimate_before = 0
        self.estimated_size = QSize()

    # ---------------------------------------------------------------- Markdown

    def _document(self, text: str, font: QFont, width: int) -> QTextDocument | None:
        """The note rendered from its Markdown (bold, italics, links...), or None for plain text."""
        if not _MARKDOWN_HINT.search(text):
            return None
        html = self._html.get(text)
        if html is None:
            if len(self._html) > _HTML_CACHE_SIZE:
                self._html.clear()
            # A note's line breaks are the rapporteur's (Shift+Enter): keep them, where Markdown would join lines.
            html = self._html[text] = render_markdown(text.replace("\n", "  \n"))
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(font)
        document.setDefaultStyleSheet("p, ul, ol { margin: 0; } a { text-decoration: underline; }")
        document.setHtml(html)
        document.setTextWidth(width)
        return document

    def _text_height(self, text: str, font: QFont, width: int, measures: _Measures) -> int:
        document = self._document(text, font, width)
        if document is not None:
            return int(document.size().height() + 0.5)
        return measures.metrics.boundingRect(QRect(0, 0, width, 100_000), FLAGS, text).height()

    # ---------------------------------------------------------------- geometry

    def _measures_of(self, font: QFont, key: str | None = None) -> _Measures:
        # QFont.key() costs as much as a short measure: asked once per row, its answer is passed along.
        key = font.key() if key is None else key
        measures = self._measures.get(key)
        if measures is None:
            measures = self._measures[key] = _Measures(font)
        return measures

    def _time_width(self, font: QFont) -> int:
        return self._measures_of(font).time_width

    @staticmethod
    def _chips_width(tags: tuple[str, ...], measures: _Measures) -> list[int]:
        return [measures.small.horizontalAdvance(tag_label(t)) + 2 * CHIP_PAD for t in tags]

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        if index.row() < self.estimate_before:
            return self.estimated_size
        return self.measured_size(option, index)

    def measured_size(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """The row's size with its text laid out (remembered: a relayout asks every row again)."""
        width = self._viewport.width()
        font = option.font
        font_key = font.key()
        text, tags, details = index.data(SIZE_KEY_ROLE) or ("", (), "")
        key = (text, tags, details, width, font_key)
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) > 20_000:
                self._heights.clear()
            measures = self._measures_of(font, font_key)
            text_width = max(80, width - measures.time_width - PAD)
            height = PAD + self._text_height(text, font, text_width, measures)
            extra = self._extra_height(tags, details, measures, text_width)
            if extra:
                height += GAP + extra
            height += PAD
            self._heights[key] = height
        return QSize(width, height)

    def _extra_height(self, tags: tuple[str, ...], details: str, measures: _Measures, width: int) -> int:
        if not tags and not details:
            return 0
        small = measures.small
        chips = sum(w + GAP for w in self._chips_width(tags, measures))
        line = small.height() + 2
        rest = max(40, width - chips)
        details_height = (
            small.boundingRect(QRect(0, 0, rest, 100_000), FLAGS, details).height() if details else 0
        )
        return max(line, details_height)

    # ---------------------------------------------------------------- painting

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        # Asked of the view, as the view itself fills `opt.state`: reading that names Python's QStyle class,
        # whose 17 enums cost the launch ~9 ms to create, and only a selected note has a panel to draw.
        selected = self._view.selectionModel().isSelected(index)
        if selected:
            from PySide6.QtWidgets import QStyle

            opt.text = ""
            style = opt.widget.style() if opt.widget else self._view.style()
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)
        group = QPalette.ColorGroup.Active if self._view.isActiveWindow() else QPalette.ColorGroup.Inactive
        text_colour = opt.palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = opt.palette.color(group, QPalette.ColorRole.PlaceholderText)
        if selected:
            muted = text_colour

        rect = opt.rect
        time_width = self._time_width(opt.font)
        painter.save()
        small = _small(opt.font)
        painter.setFont(small)
        painter.setPen(muted)
        painter.drawText(
            QRect(rect.left() + PAD, rect.top() + PAD, time_width - PAD, QFontMetrics(opt.font).height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            str(index.data(TIME_ROLE) or ""),
        )

        left = rect.left() + time_width
        width = rect.width() - time_width - PAD
        painter.setFont(opt.font)
        painter.setPen(text_colour)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        # Under its editor a note's own text would show through, a second copy around the one being edited.
        shown = self._editing is None or self._editing != index
        document = self._document(text, opt.font, width)
        if document is not None:
            context = QAbstractTextDocumentLayout.PaintContext()
            context.palette.setColor(QPalette.ColorRole.Text, text_colour)
            if selected:  # links stay readable on the selection colour
                context.palette.setColor(QPalette.ColorRole.Link, text_colour)
            painter.save()
            painter.translate(left, rect.top() + PAD)
            if shown:
                document.documentLayout().draw(painter, context)
            painter.restore()
            text_height = int(document.size().height() + 0.5)
        else:
            text_height = (
                QFontMetrics(opt.font)
                .boundingRect(QRect(left, rect.top() + PAD, width, 100_000), FLAGS, text)
                .height()
            )
            if shown:
                painter.drawText(QRect(left, rect.top() + PAD, width, text_height), FLAGS, text)

        y = rect.top() + PAD + text_height + GAP
        tags: tuple[str, ...] = index.data(TAGS_ROLE) or ()
        x = left
        small_metrics = QFontMetrics(small)
        chip_height = small_metrics.height() + 2
        painter.setFont(small)
        for tag, chip_width in zip(tags, self._chips_width(tags, self._measures_of(opt.font)), strict=True):
            colours = chip_colours(tag, opt.palette)
            chip = QRect(x, y, chip_width, chip_height)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours.background)
            painter.drawRoundedRect(chip, chip_height / 2, chip_height / 2)
            painter.setPen(colours.text)
            painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), tag_label(tag))
            x += chip_width + GAP
        details = str(index.data(DETAILS_ROLE) or "")
        if details:
            painter.setPen(muted)
            rest = max(40, left + width - x)
            painter.drawText(QRect(x + (GAP if tags else 0), y + 1, rest, 100_000), FLAGS, details)

        # A hairline between notes: enough to tell them apart without boxing each one in.
        painter.setPen(opt.palette.color(QPalette.ColorRole.Mid))
        painter.setOpacity(0.35)
        painter.drawLine(rect.left() + PAD, rect.bottom(), rect.right() - PAD, rect.bottom())
        painter.restore()

    # ---------------------------------------------------------------- inline editing

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        self._editing = QPersistentModelIndex(index)
        return InPlaceLineEdit(parent)

    def destroyEditor(self, editor: QWidget, index: Index) -> None:
        self._editing = None
        super().destroyEditor(editor, index)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        time_width = self._time_width(option.font)
        rect = option.rect
        height = QFontMetrics(option.font).height() + 2 * GAP
        editor.setGeometry(
            QRect(rect.left() + time_width - GAP, rect.top() + PAD - GAP, rect.width() - time_width, height)
        )
