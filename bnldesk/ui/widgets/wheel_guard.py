"""The mouse wheel scrolls a form; it never changes a value the delegate did not pick.

A drop-down list or a spin box takes every wheel turn over it, focused or not: scrolling the
notes pane with the wheel, the pointer passing over "Position" changed it to "To coordinate",
then "Agreed", each stored at once (trial 15). Guarded fields take the wheel only once they
have the keyboard focus (a click or Tab); otherwise the turn scrolls the area around them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget

#: The widgets a wheel turn would change.
GUARDED = (QComboBox, QAbstractSpinBox)


class WheelGuard(QObject):
    """Event filter: a wheel turn over an unfocused guarded field scrolls its scroll area."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        if watched.hasFocus():
            return False  # chosen with a click or Tab: the wheel steps through its values
        area = _scroll_area_around(watched)
        if area is not None:
            QCoreApplication.sendEvent(area.viewport(), event)
        return True


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def guard_wheel(root: QWidget) -> int:
    """Guard every drop-down list and spin box inside ``root`` (call once its fields are
    built); how many were guarded. Their focus comes from a click or Tab, not the wheel."""
    guard = root.findChild(WheelGuard, "wheelGuard")
    if guard is None:
        guard = WheelGuard(root)
        guard.setObjectName("wheelGuard")
    fields = [w for kind in GUARDED for w in root.findChildren(kind)]
    for field in fields:
        field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        field.removeEventFilter(guard)  # once, however often the root is guarded
        field.installEventFilter(guard)
    return len(fields)
