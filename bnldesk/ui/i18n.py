"""Interface languages: Dutch, French and English through Qt's translation system.

The ``.ts`` sources and compiled ``.qm`` files live in ``resources/translations``
(``bnldesk_nl``, ``bnldesk_fr``); English is the source language. ``system`` follows the
system locale when it is one of ours, English otherwise. Switching is live: the application
rebuilds its main window in the new language, keeping the selection and the undo history.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, Qt, QTranslator

# Messages that keep the case of a value they start with (a file name): the window uses them
# through this module, the command line from the domain.
from bnldesk.domain.wording import AsGiven as AsGiven
from bnldesk.domain.wording import leading_value_kept as leading_value_kept
from bnldesk.domain.wording import sentence as sentence
from bnldesk.paths import resource_path
from bnldesk.preferences import environment_language
from bnldesk.services import error_words

SUPPORTED = ("en", "nl", "fr")
# Dates in the interface language, with day-month order for English too (a Benelux audience).
_LOCALES = {"en": "en_GB", "nl": "nl_BE", "fr": "fr_BE"}
_installed: list[QTranslator] = []
_current = ["en"]


class _AnyContext(QTranslator):
    """Our catalogue, also answering lookups made under a module's own context.

    ``pyside6-lupdate`` files the strings of a module-level ``tr("...")`` helper under the
    empty context, whatever context the helper passes at run time; this translator falls back
    to the empty context so every module's helper finds its strings.
    """

    def __init__(self, inner: QTranslator, parent: QObject) -> None:
        super().__init__(parent)
        self._inner = inner

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        text = self._inner.translate(context, source, disambiguation, n)
        if not text and context:
            text = self._inner.translate("", source, disambiguation, n)
        # None is a null QString: "not here, ask the next translator"; "" would mean "empty".
        return text or None

    def isEmpty(self) -> bool:
        return self._inner.isEmpty()


# Qt's own strings that Qt's Dutch and French catalogues (qtbase_nl, qtbase_fr) lack: Qt 6
# renamed them (an accelerator was added) and the catalogues still hold the old source text,
# so the file dialog said "Look in:" and "Files of type:" in a Dutch or French interface.
# (context, source) -> (Dutch, French), the catalogues' own wording for the old source text.
QT_GAPS: dict[tuple[str, str], tuple[str, str]] = {
    ("QFileDialog", "&Look in:"): ("&Zoeken in:", "&Voir dans\u00a0:"),
    ("QFileDialog", "Files of &type:"): ("Bestanden van &type:", "Fichiers de &type\u00a0:"),
    ("QFileDialog", "Computer"): ("Computer", "Ordinateur"),
    ("QFileSystemModel", "Computer"): ("Computer", "Ordinateur"),
}


class _QtGaps(QTranslator):
    """Answers the few :data:`QT_GAPS` in the interface language; asks Qt's catalogue for
    everything else (installed after it, so Qt asks this one first)."""

    def __init__(self, language: str, parent: QObject) -> None:
        super().__init__(parent)
        self._column = ("nl", "fr").index(language)

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        found = QT_GAPS.get((context, source))
        return found[self._column] if found else None

    def isEmpty(self) -> bool:
        return False


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation under ``context`` and return it unchanged.

    PySide6's own ``QT_TRANSLATE_NOOP`` is typed as returning ``object``; this one keeps the
    ``str`` so tables of labels type-check. ``pyside6-lupdate`` finds calls by this name.
    """
    return source


# ``filled(template, *values)``: %1, %2... replaced in one pass (Qt-free, for the command
# line's wording of errors too).
filled = error_words.filled


def with_colon(text: str) -> str:
    """ "Plan year:" in English and Dutch, "Année du plan :" (no-break space) in French."""
    return text + ("\u00a0:" if _current[0] == "fr" else ":")


def labelled(label: str, value: str) -> str:
    """ "Workgroups: 81" in English and Dutch, "Groupes de travail : 81" (a no-break space
    before the colon) in French (trial 18: "Groupes de travail: 81")."""
    return f"{with_colon(label)} {value}"


def resolve(code: str) -> str:
    """``code`` when it is one of :data:`SUPPORTED`, else the system's language: on Linux and
    the BSDs the locale variables as the command line reads them
    (:func:`bnldesk.preferences.environment_language`, read afresh each time; Qt's
    ``QLocale.system()`` keeps what it read first, so a process whose locale changes, a test
    run, kept the first language), English when they name none of ours ("C", "de_DE");
    on Windows and macOS, where the desktop does not set them, Qt's system locale."""
    if code in SUPPORTED:
        return code
    from_environment = environment_language()
    if from_environment is not None:
        return from_environment
    if sys.platform not in ("win32", "darwin"):
        return "en"
    for name in QLocale.system().uiLanguages():
        lang = name.replace("_", "-").split("-")[0].lower()
        if lang in SUPPORTED:
            return lang
    return "en"


def current() -> str:
    """The interface language last installed."""
    return _current[0]


def locale() -> QLocale:
    """The locale for dates and day names shown in the interface language."""
    return QLocale(_LOCALES.get(_current[0], "en_GB"))


def uninstall() -> None:
    """Remove the translators :func:`install` put on the application, before an application
    made only to translate a few lines is shut down (they are deleted with it)."""
    app = QCoreApplication.instance()
    if app is not None:
        for old in _installed:
            app.removeTranslator(old)
    _installed.clear()


def install(code: str) -> str:
    """Install the translators for ``code`` (or the system language); returns the one used."""
    app = QCoreApplication.instance()
    lang = resolve(code)
    _current[0] = lang
    if app is None:
        return lang
    # The desktop's own file dialogs speak the system's language: in a Dutch interface on an
    # English desktop they stayed English. Qt's dialogs are then used, in the chosen language.
    QCoreApplication.setAttribute(
        Qt.ApplicationAttribute.AA_DontUseNativeDialogs, lang != resolve("system")
    )
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    catalogue = QTranslator(app)
    if catalogue.load(str(resource_path("translations", f"bnldesk_{lang}.qm"))):
        ours = _AnyContext(catalogue, app)
        app.installTranslator(ours)
        _installed.append(ours)
    if lang == "en":
        return lang  # the English catalogue holds only plural forms; Qt's own is English
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    gaps = _QtGaps(lang, app)
    app.installTranslator(gaps)
    _installed.append(gaps)
    return lang
