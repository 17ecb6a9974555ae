"""Fields for typing a date, or a date and a time, in the interface language.

Qt's ``QDateEdit`` fills its sections one by one as keys arrive, so "2026-12-15" typed into a
day-month-year field became another date. These fields read the whole text when it is left
(:mod:`bnldesk.ui.dates`): what was typed is stored as typed, or refused in sight, with the
field marked and the reason in its tooltip (``refused`` carries the message). A calendar button
opens a month view placed inside the screen.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QStyle, QWidget

from bnldesk.ui import dates, i18n


def tr(text: str) -> str:
    # lupdate files plain tr("...") calls under the empty context, so they are looked up there.
    return QCoreApplication.translate("Dates", text)


def fit_on_screen(popup: QWidget, anchor: QWidget) -> None:
    """Place ``popup`` under ``anchor`` (above it when there is no room below), inside the
    available geometry of the anchor's screen."""
    size = popup.sizeHint()
    below = anchor.mapToGlobal(QPoint(0, anchor.height()))
    screen = anchor.screen()
    room: QRect = screen.availableGeometry() if screen is not None else QRect(below, size)
    x = min(max(below.x(), room.left()), room.right() - size.width())
    y = below.y()
    if y + size.height() > room.bottom():
        y = anchor.mapToGlobal(QPoint(0, 0)).y() - size.height()
    y = max(room.top(), y)
    popup.setGeometry(QRect(QPoint(x, y), size))


class DateField(QLineEdit):
    """A date typed as text (empty allowed); ``date_changed`` fires with each accepted change."""

    date_changed = Signal(object)  # dt.date | None
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, allow_empty: bool = True) -> None:
        super().__init__(parent)
        self.allow_empty = allow_empty
        self._value: dt.date | None = None
        self.setPlaceholderText(dates.example_date())
        self.setToolTip(self._hint())
        self.calendar_action = QAction(
            QIcon.fromTheme("x-office-calendar", QIcon.fromTheme("view-calendar")), "", self
        )
        self.calendar_action.setToolTip(tr("Choose on a calendar"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.editingFinished.connect(self.read_text)
        self._calendar: QCalendarWidget | None = None

    def _hint(self) -> str:
        return tr("A date such as %1").replace("%1", dates.example_date())

    def width_for_date(self) -> int:
        """The width in pixels that shows a whole date (or the example, or what is typed)
        beside the calendar button, frame included."""
        metrics = self.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(text)
            for text in (
                self.text(),
                self.placeholderText(),
                dates.format_date(dt.date(2026, 12, 28)),
            )
        )
        icon = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self)
        margins = self.textMargins()
        # The line edit's frame and text margins, and the calendar button's own margins.
        return widest + margins.left() + margins.right() + icon + 24

    # -- value -------------------------------------------------------------------------------
    def value(self) -> dt.date | None:
        """The date the field holds once its text was read (see :meth:`read_text`)."""
        return self._value

    def set_value(self, value: dt.date | None) -> None:
        self._value = value
        self.setText(dates.format_date(value))
        self._mark(None)

    def is_valid(self) -> bool:
        try:
            parsed = dates.parse_date(self.text())
        except dates.DateError:
            return False
        return parsed is not None or self.allow_empty

    def read_text(self) -> bool:
        """Read the typed text. Returns whether it was accepted; a refused text stays in the
        field, marked, and the stored value does not change."""
        try:
            parsed = dates.parse_date(self.text())
            if parsed is None and not self.allow_empty:
                raise dates.DateError(self._hint())
        except dates.DateError as exc:
            self._mark(str(exc))
            self.refused.emit(str(exc))
            return False
        self._mark(None)
        if parsed is not None:
            self.setText(dates.format_date(parsed))
        if parsed != self._value:
            self._value = parsed
            self.date_changed.emit(parsed)
        return True

    def _mark(self, problem: str | None) -> None:
        self.setProperty("invalid", problem is not None)
        self.setToolTip(problem or self._hint())
        self.setAccessibleDescription(problem or "")
        style = self.style()
        style.unpolish(self)
        style.polish(self)

    # -- calendar ----------------------------------------------------------------------------
    def open_calendar(self) -> None:
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setObjectName("dateFieldCalendar")
        calendar.setLocale(i18n.locale())
        calendar.setGridVisible(True)
        current = self._value or dt.date.today()
        calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        calendar.clicked.connect(lambda day: self._picked(calendar, day))
        calendar.activated.connect(lambda day: self._picked(calendar, day))
        fit_on_screen(calendar, self)
        self._calendar = calendar
        calendar.show()
        calendar.setFocus()

    def _picked(self, calendar: QCalendarWidget, day: QDate) -> None:
        calendar.close()
        calendar.deleteLater()
        self._calendar = None
        self.setText(dates.format_date(dt.date(day.year(), day.month(), day.day())))
        self.read_text()
        self.setFocus()


class TimeField(QLineEdit):
    """A time of day typed as text: 10:30, 10.30, 10h30 or 10u30; ``time_changed`` fires with
    each accepted change."""

    time_changed = Signal(object)  # dt.time | None
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: dt.time | None = None
        self.setPlaceholderText("09:30")
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00:00") * 2 + 16)
        self.editingFinished.connect(self.read_text)

    def value(self) -> dt.time | None:
        return self._value

    def set_value(self, value: dt.time | None) -> None:
        self._value = value
        self.setText(value.strftime("%H:%M") if value is not None else "")
        self.setProperty("invalid", False)

    def read_text(self) -> bool:
        try:
            parsed = dates.parse_time(self.text())
        except dates.DateError as exc:
            self.setProperty("invalid", True)
            self.setToolTip(str(exc))
            self.style().unpolish(self)
            self.style().polish(self)
            self.refused.emit(str(exc))
            return False
        self.setProperty("invalid", False)
        self.setToolTip("")
        self.style().unpolish(self)
        self.style().polish(self)
        if parsed is not None:
            self.setText(parsed.strftime("%H:%M"))
        if parsed != self._value:
            self._value = parsed
            self.time_changed.emit(parsed)
        return True


class DateTimeField(QWidget):
    """A date and a time side by side; a date without a time is the start of that day.

    ``value_changed`` fires with the value before and after each change the delegate made
    (typed and read, or picked on the calendar), never for :meth:`set_value`."""

    refused = Signal(str)
    value_changed = Signal(object, object)  # dt.datetime | None before, after

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date = DateField(self)
        self.time = TimeField(self)
        self._shown: dt.datetime | None = None
        self.date.date_changed.connect(lambda _day: self._changed())
        self.time.time_changed.connect(lambda _time: self._changed())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.date, 1)
        layout.addWidget(self.time)
        self.date.refused.connect(self.refused)
        self.time.refused.connect(self.refused)
        self.setFocusProxy(self.date)

    def read_text(self) -> bool:
        return self.date.read_text() & self.time.read_text()

    def value(self) -> dt.datetime | None:
        day, time = self.date.value(), self.time.value()
        if day is None:
            return None
        return dt.datetime.combine(day, time or dt.time(0, 0))

    def set_value(self, value: dt.datetime | None) -> None:
        self.date.set_value(value.date() if value else None)
        self.time.set_value(value.time().replace(second=0, microsecond=0) if value else None)
        self._shown = self.value()

    def _changed(self) -> None:
        before, after = self._shown, self.value()
        if after != before:
            self._shown = after
            self.value_changed.emit(before, after)

    def mark(self, problem: str) -> None:
        """Mark both parts as refused, with ``problem`` as their tooltip (cleared when the
        delegate's next text is read)."""
        for part in (self.date, self.time):
            part.setProperty("invalid", True)
            part.setToolTip(problem)
            part.style().unpolish(part)
            part.style().polish(part)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.date.setAccessibleName(name)
        self.time.setAccessibleName(name + " " + tr("(time)"))
