"""The detail pane: the selected object with its context, as escaped HTML with links.

Links have the form ``bnl:<kind>/<id>``; clicking one asks the window to show that object.
Words of the active search are highlighted with the folding the search index uses, so
"efficientie" highlights "efficiëntie" and "financiele" highlights "ﬁnanciële".
"""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from bnldesk.domain.identity import fold
from bnldesk.domain.search_query import Term, match_spans, parse
from bnldesk.ui import i18n, labels
from bnldesk.ui.i18n import QT_TRANSLATE_NOOP
from bnldesk.ui.widgets import colours


def tr(text: str) -> str:
    # lupdate files plain tr("...") calls under the empty context, so they are looked up there.
    return QCoreApplication.translate("", text)


def highlight(text: str, words: tuple[Term, ...] | list[str]) -> str:
    """HTML-escape ``text`` and mark the words the search matches (plain strings: every word
    starting with one of them), compared with the one folding search and the index use."""
    terms = tuple(Term(fold(w), prefix=True) if isinstance(w, str) else w for w in words)
    out: list[str] = []
    last = 0
    for start, end in match_spans(text, terms):
        out.append(html.escape(text[last:start]))
        # Dark text on the marker's yellow, under any palette.
        out.append(
            f"<span style='background:#fde68a; color:#111'><b>{html.escape(text[start:end])}</b></span>"
        )
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out)


def _muted() -> str:
    return colours.css(colours.muted())


def _paragraphs(text: str, words: tuple[Term, ...]) -> str:
    parts = [p.strip() for p in re.split(r"\n\s*\n", text or "") if p.strip()]
    return "".join(f"<p>{highlight(' '.join(p.split()), words)}</p>" for p in parts)


def _link(kind: str, obj_id: int, text: str, words: tuple[Term, ...]) -> str:
    return f"<a href='bnl:{kind}/{obj_id}'>{highlight(text, words)}</a>"


# The headings a section's items are listed under, in the plan's order (tr at use).
_ITEM_HEADINGS = {
    "objective": QT_TRANSLATE_NOOP("", "General objectives"),
    "flagship": QT_TRANSLATE_NOOP("", "Flagship projects"),
    "ongoing": QT_TRANSLATE_NOOP("", "Ongoing projects"),
    "new": QT_TRANSLATE_NOOP("", "New projects"),
    "other": QT_TRANSLATE_NOOP("", "Other projects"),
}


class DetailPane(QTextBrowser):
    """Shows one object; emits ``navigate(kind, id)`` when a link is clicked."""

    navigate = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._clicked)
        self.setObjectName("detailPane")
        self._detail: dict[str, Any] | None = None
        self._words: tuple[Term, ...] = ()
        self._extra = ""
        self.show_placeholder()

    def _clicked(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("bnl:"):
            kind, _, obj = text[4:].partition("/")
            if obj.isdigit():
                self.navigate.emit(kind, int(obj))

    def show_placeholder(self) -> None:
        self._detail = None
        self.setHtml(
            f"<div style='color:{_muted()}; margin:24px'><h3>"
            + html.escape(tr("Nothing selected"))
            + "</h3><p>"
            + html.escape(
                tr(
                    "Choose a plan, chapter, section, project or workgroup in the navigator, "
                    "or press Ctrl+K to jump to one by name."
                )
            )
            + "</p></div>"
        )

    def set_search_words(self, text: str) -> None:
        self._words = parse(text, as_you_type=True).highlight_terms()
        if self._detail is not None:
            self.refresh()

    def set_detail(self, detail: dict[str, Any] | None, change: str = "") -> None:
        if detail is None:
            self._detail = None
            self.setHtml(
                f"<p style='color:{_muted()}; margin:24px'>"
                + html.escape(tr("This object no longer exists in the database."))
                + "</p>"
            )
            return
        self._detail = detail
        self._extra = change
        self.refresh()

    def current(self) -> dict[str, Any] | None:
        return self._detail

    def refresh(self) -> None:
        # Links in the accent colour readable on the palette in use (a dark one too).
        self.document().setDefaultStyleSheet(
            f"a {{ color: {colours.css(colours.accent(colours.LINK))}; }}"
        )
        d = self._detail
        if d is None:
            return
        w = self._words
        kind = str(d["kind"])
        kind_label = labels.label(labels.OBJECT_KINDS, kind)
        if kind == "item":
            kind_label = labels.label(labels.ITEM_KINDS, d.get("item_kind"))
        out: list[str] = []
        crumbs = d.get("crumbs") or []
        if crumbs:
            out.append(
                f"<p style='color:{_muted()}'>"
                + " › ".join(_link(k, i, t, ()) for k, i, t in crumbs)
                + "</p>"
            )
        link = colours.css(colours.accent(colours.LINK))
        badge = f"<span style='color:{link}'>{html.escape(kind_label)}</span>"
        if self._extra:
            # The palette's highlight pair: readable in light and dark alike.
            pal = colours.palette()
            back = pal.color(QPalette.ColorRole.Highlight).name()
            fore = pal.color(QPalette.ColorRole.HighlightedText).name()
            badge += (
                f" · <span style='background:{back}; color:{fore}'>&nbsp;"
                + html.escape(labels.label(labels.CHANGES, self._extra))
                + "&nbsp;</span>"
            )
        out.append(f"<p style='margin:0'>{badge}</p>")
        out.append(f"<h2 style='margin-top:2px'>{highlight(str(d.get('title') or ''), w)}</h2>")
        if d.get("theme"):
            theme = html.escape(tr("Theme"))
            out.append(f"<p><i>{i18n.with_colon(theme)}</i> {highlight(str(d['theme']), w)}</p>")
        if kind == "contact":
            for label_text, key in (
                (tr("Role"), "role"),
                (tr("Domain"), "domain"),
                (tr("E-mail"), "email"),
                (tr("Phone"), "phone"),
                (tr("Validity"), "validity"),
            ):
                if d.get(key):
                    out.append(
                        f"<p><b>{html.escape(i18n.with_colon(label_text))}</b> "
                        f"{highlight(str(d[key]), w)}</p>"
                    )
        body = str(d.get("body") or "")
        if body.strip():
            out.append(_paragraphs(body, w))
        elif kind in ("item", "section", "chapter") and not d.get("children"):
            # Only when nothing follows either: above a list of objectives it read as wrong.
            out.append(
                f"<p style='color:{_muted()}'><i>"
                + html.escape(tr("The plan gives no further text for this object."))
                + "</i></p>"
            )

        def section(title: str, rows: list[str]) -> None:
            if rows:
                out.append(f"<h4 style='margin-bottom:2px'>{html.escape(title)}</h4>")
                out.append("<ul style='margin-top:0'>" + "".join(rows) + "</ul>")

        section(
            tr("Workgroups"),
            [f"<li>{_link('workgroup', i, t, w)}</li>" for i, t in d.get("workgroups", [])],
        )
        if kind == "section" and not d.get("workgroups"):
            # Said, not left out: the 2022 plan names a workgroup for one section only, and a
            # delegate looking for SENN-CRISE under 2.1.2 should know the document is silent.
            out.append(
                f"<p style='color:{_muted()}'>"
                + html.escape(tr("The plan names no workgroup for this section."))
                + "</p>"
            )
        section(
            tr("Contacts at the Secretariat-General"),
            [f"<li>{_link('contact', i, t, w)}</li>" for i, t in d.get("contacts", [])],
        )
        if kind == "workgroup" and d.get("years"):
            out.append(
                "<p><b>"
                + html.escape(i18n.with_colon(tr("In the plans of")))
                + "</b> "
                + ", ".join(str(y) for y in d["years"])
                + "</p>"
            )
        section(
            tr("Sections carried by this workgroup"),
            [f"<li>{_link(k, i, t, w)}</li>" for k, i, t in d.get("sections", [])],
        )
        children_title = {
            "workgroup": tr("Sub-groups"),
            "section": tr("Objectives and projects"),
            "chapter": tr("Sections"),
            "plan": tr("Chapters"),
            "programme": tr("Annual plans"),
        }.get(kind, tr("Contents"))
        kinds: dict[int, str] = d.get("child_kinds") or {}
        if kind == "section" and kinds:
            # As the plan lists them: objectives, ongoing, new and flagship projects apart.
            for item_kind, heading in _ITEM_HEADINGS.items():
                section(
                    tr(heading),
                    [
                        f"<li>{_link(k, i, t, w)}</li>"
                        for k, i, t in d.get("children", [])
                        if kinds.get(i, "other") == item_kind
                    ],
                )
        else:
            section(
                children_title,
                [f"<li>{_link(k, i, t, w)}</li>" for k, i, t in d.get("children", [])],
            )
        other = d.get("other") or []
        if other:
            out.append(
                "<h4 style='margin-bottom:2px'>"
                + html.escape(tr("In other years"))
                + "</h4><p>"
                + " · ".join(f"<a href='bnl:{k}/{i}'>{y}</a>" for k, i, y in other)
                + "</p>"
            )
        elif kind in ("item", "section", "chapter"):
            out.append(
                f"<p style='color:{_muted()}'>"
                + html.escape(tr("Not found in the other years' plans."))
                + "</p>"
            )
        self.setHtml("<div style='margin:6px'>" + "".join(out) + "</div>")
