"""What a person sees cut off on a page: buttons, labels and table headers whose text is wider than their room."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStyle,
    QTabBar,
    QTableView,
    QToolButton,
    QTreeView,
    QWidget,
)


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.width() > 0


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def clipped_texts(top: QWidget) -> list[str]:
    """Every visible text under `top` that does not fit its widget, as "kind 'text' (needs N px, has M px)"."""
    found: list[str] = []
    for button in top.findChildren(QAbstractButton):
        if not _shown(button, top) or not button.text():
            continue
        if isinstance(button, QToolButton) and button.toolButtonStyle().name == "ToolButtonIconOnly":
            continue
        # A button's size hint is its text, icon and the style's margins: less room means cut text.
        needed = button.sizeHint().width()
        if button.width() < needed:
            found.append(f"button {_plain(button.text())!r} (needs {needed} px, has {button.width()} px)")
    for label in top.findChildren(QLabel):
        if not _shown(label, top) or not label.text() or label.wordWrap():
            continue
        if label.textFormat().name == "RichText" or "<" in label.text():
            continue
        lines = _plain(label.text()).splitlines() or [""]
        needed = max(label.fontMetrics().horizontalAdvance(line) for line in lines)
        room = label.contentsRect().width() - 2 * label.margin() - 2 * label.indent() * (label.indent() > 0)
        if room < needed:
            found.append(f"label {label.text()!r} (needs {needed} px, has {room} px)")
    for bar in top.findChildren(QTabBar):
        if not _shown(bar, top):
            continue
        for tab in range(bar.count()):
            rect, needed = bar.tabRect(tab), bar.tabSizeHint(tab).width()
            if rect.width() < needed or not bar.rect().contains(rect):
                found.append(f"tab {_plain(bar.tabText(tab))!r} (cut off or scrolled out of its bar)")
    for area in top.findChildren(QScrollArea):
        bar = area.horizontalScrollBar()
        if _shown(area, top) and bar is not None and bar.maximum() > 0:
            found.append(
                f"{area.accessibleName() or area.objectName() or 'a page'!r} scrolls sideways by {bar.maximum()} px"
            )
    for view in top.findChildren(QAbstractItemView):
        if not _shown(view, top) or view.model() is None:
            continue
        if isinstance(view, QTableView):
            header: QHeaderView | None = view.horizontalHeader()
        elif isinstance(view, QTreeView):
            header = view.header()
        else:
            continue
        if header is None or header.isHidden():
            continue
        found += _clipped_sections(header, view)
    return found


def _clipped_sections(header: QHeaderView, view: QAbstractItemView) -> list[str]:
    found: list[str] = []
    model = view.model()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    last_right = 0
    for logical in range(model.columnCount()):
        if header.isSectionHidden(logical):
            continue
        text = str(model.headerData(logical, header.orientation()) or "")
        needed = header.fontMetrics().horizontalAdvance(text) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == logical:
            needed += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        width = header.sectionSize(logical)
        if width < needed:
            found.append(f"header {text!r} (needs {needed} px, has {width} px)")
        last_right = max(last_right, header.sectionViewportPosition(logical) + width)
    if last_right > header.viewport().width() + 1:
        found.append(
            f"header of {view.accessibleName() or view.objectName()!r} runs {last_right} px "
            f"in {header.viewport().width()} px: columns off-screen"
        )
    return found
