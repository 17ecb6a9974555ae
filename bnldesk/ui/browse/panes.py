"""The main window's panes and how they share its room.

Left to right: the navigator, the centre (the list or the search results), and on the right the
detail above the notes. Until the delegate drags a splitter, the widths follow the window (in
proportion) and the right-hand heights follow the content: an open note gets the height its
editor needs, the detail what is left. What the delegate chose is kept.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QWidget

from bnldesk.ui.notes.editor import NotesPanel
from bnldesk.ui.widgets.wheel_guard import guard_wheel

# Lines of text the detail pane keeps above an open note: its kind, a two-line title and the
# first lines of its description. More (stop 26 kept 9 lines or 30 %) pushed the note editor
# into scrolling at 1280x720, where the buttons under it moved between two clicks.
DETAIL_LINES = 5


class Panes(QObject):
    """The two splitters (``main``: three panes side by side; ``right``: detail over notes)."""

    def __init__(
        self, navigator: QWidget, centre: QWidget, detail: QWidget, notes: NotesPanel
    ) -> None:
        super().__init__(navigator)
        self.notes = notes
        self.user_sized = False  # the delegate dragged the main splitter
        self.right_user_sized = False  # ... or the one between detail and notes
        # Scrolls on small screens instead of squeezing the detail above it.
        self.notes_scroll = QScrollArea()
        self.notes_scroll.setObjectName("notesScroll")
        self.notes_scroll.setWidget(notes)
        self.notes_scroll.setWidgetResizable(True)
        self.notes_scroll.setFrameShape(QFrame.Shape.NoFrame)
        # A pane narrower than the editor (a large scale factor) scrolls instead of cutting.
        self.notes_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        guard_wheel(notes)  # the wheel scrolls the pane, it changes no field it passes over
        self.right = self._splitter(
            "rightSplitter", Qt.Orientation.Vertical, (detail, self.notes_scroll), (2, 3)
        )
        self.right.setSizes([300, 520])
        self.main = self._splitter(
            "mainSplitter", Qt.Orientation.Horizontal, (navigator, centre, self.right), (2, 5, 4)
        )
        self.main.setSizes([330, 620, 490])
        self.main.setChildrenCollapsible(False)
        self.main.splitterMoved.connect(lambda *_moved: setattr(self, "user_sized", True))
        self.right.splitterMoved.connect(lambda *_moved: setattr(self, "right_user_sized", True))

    @staticmethod
    def _splitter(
        name: str,
        orientation: Qt.Orientation,
        parts: tuple[QWidget, ...],
        stretches: tuple[int, ...],
    ) -> QSplitter:
        splitter = QSplitter(orientation)
        splitter.setObjectName(name)
        for position, (part, stretch) in enumerate(zip(parts, stretches, strict=True)):
            splitter.addWidget(part)
            splitter.setStretchFactor(position, stretch)
        return splitter

    def restore(self, main: QByteArray, right: QByteArray) -> None:
        """Put back saved splitter states (empty: none saved)."""
        if not main.isEmpty():
            self.main.restoreState(main)
        if not right.isEmpty():
            self.right.restoreState(right)
            self.right_user_sized = True

    def right_state(self) -> QByteArray:
        """The right splitter's state to keep: only a height the delegate chose."""
        return self.right.saveState() if self.right_user_sized else QByteArray()

    def size_by_window(self) -> None:
        """Default pane widths, in proportion to the window (used until the delegate drags).

        The navigator and the notes keep 250 and 440 px where there is room; on a narrow
        window (a large scale factor) every pane gets its share of the real width instead
        of being planned for 1000 px and then squeezed (the notes were cut at the edge)."""
        width = self.main.width()
        navigator = max(min(250, int(width * 0.24)), int(width * 0.20))
        right = max(min(440, int(width * 0.40)), int(width * 0.33))
        self.main.setSizes([navigator, width - navigator - right, right])
        self.fit_right()

    def fit_right(self) -> None:
        """Room where there is content: the note editor gets the height it needs when a note is
        open (it needed scrolling at 1280x720 while the detail had 170 px); with no note, the
        detail takes what the short "no notes yet" text does not need. Kept once the delegate
        drags the splitter."""
        if self.right_user_sized:
            return
        height = self.right.height()
        if height <= 0:
            return
        editing = self.notes.stack.currentIndex() == 1
        # While a note is open the detail keeps its heading and the start of its text readable
        # (trial 14: 80 px at 150 %, "Projet phare" cut), in lines of its font, so at any
        # scale; the note editor gets the rest and scrolls only where that is not enough.
        lines = self.right.fontMetrics().lineSpacing()
        detail_least = max(DETAIL_LINES * lines, 64) if editing else max(104, int(height * 0.15))
        wanted = 150
        if editing:
            # At the pane's width: wrapped labels are taller than the plain size hint says.
            width = self.notes_scroll.viewport().width()
            self.notes.fit_list(width, height - detail_least - 8)
            wanted = self.notes.wanted_height(width) + 8
        notes = max(120, min(wanted, height - detail_least))
        self.right.setSizes([height - notes, notes])
