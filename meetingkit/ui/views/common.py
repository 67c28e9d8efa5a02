"""Shared pieces of the organiser views: translated names of horizons, statuses and consent, session labels, errors."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QHeaderView, QMessageBox, QTableView, QTreeView, QWidget

from meetingkit.core.model import ActionStatus, Consent, Horizon
from meetingkit.store import EventStore
from meetingkit.ui.formatting import clock


def horizon_label(horizon: Horizon | None) -> str:
    if horizon is Horizon.SHORT:
        return QCoreApplication.translate("Labels", "Short term")
    if horizon is Horizon.MEDIUM:
        return QCoreApplication.translate("Labels", "Medium term")
    if horizon is Horizon.LONG:
        return QCoreApplication.translate("Labels", "Long term")
    return QCoreApplication.translate("Labels", "Not placed")


def status_label(status: ActionStatus) -> str:
    if status is ActionStatus.DONE:
        return QCoreApplication.translate("Labels", "Done")
    if status is ActionStatus.DROPPED:
        return QCoreApplication.translate("Labels", "Dropped")
    return QCoreApplication.translate("Labels", "Open")


def consent_label(consent: Consent) -> str:
    if consent is Consent.AGREED:
        return QCoreApplication.translate("Labels", "Agreed to publication")
    if consent is Consent.REFUSED:
        return QCoreApplication.translate("Labels", "Refused: never published")
    return QCoreApplication.translate("Labels", "Not asked yet")


def consent_choices() -> list[tuple[Consent, str]]:
    return [(c, consent_label(c)) for c in (Consent.UNKNOWN, Consent.AGREED, Consent.REFUSED)]


def no_focus_area_label() -> str:
    return QCoreApplication.translate("Labels", "No focus area")


def session_labels(store: EventStore) -> dict[str, str]:
    """Every session's label by id, read in one pass (models call it once per refresh)."""
    days = {d.id: d.index for d in store.days()}
    labels: dict[str, str] = {}
    day_word = QCoreApplication.translate("Labels", "Day %1")
    for session in store.sessions():
        parts = []
        if session.day_id in days:
            parts.append(day_word.replace("%1", str(days[session.day_id])))
        if session.start is not None:
            parts.append(clock(session.start))
        parts.append(session.title)
        labels[session.id] = " · ".join(parts)
    return labels


def to_qdate(value: dt.date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value is not None else QDate()


def from_qdate(value: QDate) -> dt.date | None:
    if not value.isValid():
        return None
    return dt.date(value.year(), value.month(), value.day())


def show_error(parent: QWidget | None, message: str) -> None:
    """One clear sentence in a dialog: the only way a user sees an error."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Labels", "meetingkit"), message)
    box.setParent(parent, box.windowFlags())
    box.open()


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


FIT_ROWS = 100  # rows measured to size a column to its contents


def fit_columns(view: QTableView | QTreeView, stretch: int, widest: dict[int, int] | None = None) -> None:
    """Columns as wide as their contents and titles, `stretch` taking the room left.

    `widest` caps a column (pixels) whose contents can be long, e.g. session titles: it then elides,
    but never below its title's width, so a header is never cut.
    """
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    model = view.model()
    if model is None:
        return
    caps = widest or {}
    # Qt measures up to 1,000 rows per column by default (all of them while the view is hidden):
    # seconds for a congress's actions. The first rows show what a column holds as well.
    header.setResizeContentsPrecision(FIT_ROWS)
    header.setStretchLastSection(False)
    for column in range(model.columnCount()):
        if column == stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            continue
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        view.resizeColumnToContents(column)
        title = header.sectionSizeHint(column)
        cap = caps.get(column)
        if cap is not None and header.sectionSize(column) > cap:
            header.resizeSection(column, max(title, cap))
