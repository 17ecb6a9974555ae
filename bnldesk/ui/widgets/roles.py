"""The item data roles the application's models share beside Qt's own."""

from __future__ import annotations

from PySide6.QtCore import Qt

KindRole = Qt.ItemDataRole.UserRole + 1  # the kind of plan object a row shows ("workgroup")
IdRole = Qt.ItemDataRole.UserRole + 2  # its database id
HtmlRole = Qt.ItemDataRole.UserRole + 4  # a search hit as one block of HTML
# A hit's title, its kind and year, and its snippet's HTML, for a delegate that elides the title
# to the width so the kind stays in view (HtmlRole is the same as one HTML block).
HeadRole = Qt.ItemDataRole.UserRole + 5
# The value a column sorts by: numbers as numbers, dates as dates (not as shown).
SortRole = Qt.ItemDataRole.UserRole + 6
