"""Layout regressions at 1280x720 in English, Dutch and French: geometry, not pixels.

Each language runs tests/layout_probe.py in its own process on Qt's offscreen platform given a
1280x720 screen: the main window (plan items and notes), the start page and the Meetings window
are laid out with data in them, and the probe reports every column title wider than its column,
every control outside its window, every splitter pane below its minimum, and panes that need
scrolling at that size. Screenshots go to the test's temporary folder (kept by pytest for a
failed run) and are compared across languages where a comparison means something: a
translation never changes the size of a window (dialogs take the size their words need).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from probe_support import offscreen_env
from probe_support import run_probe as run_in_process
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[1]
PROBE = Path(__file__).with_name("layout_probe.py")
LANGUAGES = ("en", "nl", "fr")
SCREEN = (1280, 720)


def run_probe(work: Path, language: str) -> dict[str, object]:
    env = offscreen_env(work, SCREEN) | {"PYTHONPATH": str(ROOT)}
    return run_in_process(PROBE, [str(work), language], env)


@pytest.fixture(scope="module")
def laid_out(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, dict[str, object]]]:
    found = {}
    for language in LANGUAGES:
        work = tmp_path_factory.mktemp(f"layout-{language}")
        found[language] = (work, run_probe(work, language))
    return found


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
def test_everything_fits_1280x720(
    laid_out: dict[str, tuple[Path, dict[str, object]]], language: str
) -> None:
    work, result = laid_out[language]
    assert result["problems"] == [], f"screenshots in {work}"
    checked = result["checked"]
    assert checked["main-items"] > 40 and checked["meetings"] > 30, checked  # type: ignore[index]
    assert all(count > 0 for count in checked.values()), checked  # type: ignore[attr-defined]
    main_width, main_height = result["sizes"]["main"]  # type: ignore[index]
    assert main_width <= SCREEN[0] and main_height <= SCREEN[1]


@pytest.mark.slow
def test_a_translation_never_changes_a_windows_size(
    laid_out: dict[str, tuple[Path, dict[str, object]]],
) -> None:
    sizes = {language: result["sizes"] for language, (_work, result) in laid_out.items()}
    assert sizes["nl"] == sizes["en"] and sizes["fr"] == sizes["en"], sizes
    for language, (work, result) in laid_out.items():
        for name in result["shots"]:  # type: ignore[attr-defined]
            image = QImage(str(work / name))
            assert not image.isNull(), (language, name)
            if not name.endswith("-dialog.png"):  # a dialog is as large as its words need
                english = QImage(str(laid_out["en"][0] / name))
                assert image.size() == english.size(), (language, name)
            # Not a blank grab: a window with text and tables has many colours.
            colours = {
                image.pixel(x, y)
                for x in range(0, image.width(), 7)
                for y in range(0, image.height(), 7)
            }
            assert len(colours) > 8, (language, name)


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_meetings_window_shows_six_points_and_readable_action_titles(
    laid_out: dict[str, tuple[Path, dict[str, object]]], language: str
) -> None:
    """Trial 10 (Dutch, 1280x720): the agenda showed 2 of 6 points, 1 once a line such as
    ".ics written" appeared, and the actions' title column was cut to "N…" beside a long
    owner's name (the probe's action has one)."""
    work, result = laid_out[language]
    room = result["meetings_room"]
    assert room["agenda_rows"] >= 6, (room, work)  # type: ignore[index]
    assert room["agenda_rows_with_notice"] >= 6, (room, work)  # type: ignore[index]
    assert room["action_title_chars"] >= 20, (room, work)  # type: ignore[index]
