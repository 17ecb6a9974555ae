"""The errors a delegate is shown, in the window's words, for the window and the command line.

The layers below the window (store, importer, sharing, exports; no Qt) raise
:class:`~bnldesk.domain.errors.BnldeskError` subclasses whose ``str()`` is one English line
(the command line prints it) and which carry a ``code`` and the ``values`` its sentence needs
(file name, line, count). Here each code is worded with the window's translations (``%1``,
``%2``... for the values, ``%n`` and its plural forms where a count leads), through the
``translate`` a caller hands in: Qt's in the window (:mod:`bnldesk.ui.error_texts`), the same
catalogue read without Qt on the command line (:mod:`bnldesk.services.window_catalogue`,
``bnldesk.cli.worded``): this module imports no Qt (until stop 28 it was ``bnldesk.ui``'s, and
the command line made a Qt application to say an error in Dutch or French). An error whose
code is not known here (none, or a newer layer) is shown by its English line: never lost,
never empty. ``tests/test_error_texts.py`` keeps every code raised below the window in this
table; ``scripts/translations.py`` runs ``pyside6-lupdate`` over this file too.
"""

from __future__ import annotations

import contextvars
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from bnldesk.domain.errors import BnldeskError, ErrorValue
from bnldesk.domain.wording import leading_value_kept, sentence
from bnldesk.services.window_catalogue import Translate

Values = tuple[ErrorValue, ...]
# Runs of white space other than the no-break spaces French puts before ":" and ";".
_BREAKS = re.compile(r"[^\S\u00a0\u202f]+")
_MARKER = re.compile(r"%([1-9])")


def _english(context: str, text: str, disambiguation: str | None = None, count: int = -1) -> str:
    """The source text itself, ``%n`` filled: no catalogue."""
    return text.replace("%n", str(count)) if count >= 0 else text


# The translate of the wording under way (error_text and friends set it for their call).
_TRANSLATE: contextvars.ContextVar[Translate] = contextvars.ContextVar(
    "error_words_translate", default=_english
)


@contextmanager
def _speaking(translate: Translate | None) -> Iterator[None]:
    token = _TRANSLATE.set(translate or _TRANSLATE.get())
    try:
        yield
    finally:
        _TRANSLATE.reset(token)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for ``pyside6-lupdate`` under ``context``; returns it as it is."""
    return text


def tr(text: str, disambiguation: str | None = None, count: int = -1) -> str:
    """``text`` in the language of the wording under way (context "ErrorTexts"; lupdate files
    a module-level helper's strings under the empty context, where lookups fall back)."""
    return _TRANSLATE.get()("ErrorTexts", text, disambiguation, count)


def filled(template: str, *values: object) -> str:
    """``template`` (a translated text) with ``%1``, ``%2``... replaced by ``values`` in one
    pass, so that a value holding "%2" (a file name, a note's text) is kept as it is: replaced
    one after the other, the "%2" in the first value was filled again by the second. A marker
    without a value stays."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if number <= len(values) else match.group(0)

    return _MARKER.sub(value, template)


def _filled(template: str, values: Values) -> str:
    """``template`` with ``%1``, ``%2``... replaced by ``values`` in one pass (a value holding
    "%1", a file named so, stays as it is); "?" for a value the error did not give."""
    return filled(template, *values, *("?",) * (9 - len(values)))


def _count(values: Values, position: int) -> int:
    """The number at ``position`` of ``values`` (0 when there is none): Qt's ``%n``."""
    value = values[position] if len(values) > position else 0
    return value if isinstance(value, int) else 0


# The editable fields of notes, action items, meetings and agenda points, as the forms name
# them (filed under the empty context, where the forms' own labels are).
RECORD_FIELDS: dict[str, str] = {
    "body": QT_TRANSLATE_NOOP("", "Note text"),
    "tags": QT_TRANSLATE_NOOP("", "Tags"),
    "priority": QT_TRANSLATE_NOOP("", "Priority"),
    "status": QT_TRANSLATE_NOOP("", "Status"),
    "position_text": QT_TRANSLATE_NOOP("", "Our position"),
    "position_state": QT_TRANSLATE_NOOP("", "Position state"),
    "consult": QT_TRANSLATE_NOOP("", "Still to consult"),
    "visibility": QT_TRANSLATE_NOOP("", "Visibility"),
    "title": QT_TRANSLATE_NOOP("", "Title"),
    "owner": QT_TRANSLATE_NOOP("", "Owner"),
    "due_date": QT_TRANSLATE_NOOP("", "Due"),
    "workgroup": QT_TRANSLATE_NOOP("", "Workgroup"),
    "starts_at": QT_TRANSLATE_NOOP("", "Starts"),
    "ends_at": QT_TRANSLATE_NOOP("", "Ends"),
    "place": QT_TRANSLATE_NOOP("", "Place"),
    "video_link": QT_TRANSLATE_NOOP("", "Video link"),
    "chair": QT_TRANSLATE_NOOP("", "Chair"),
    "notes": QT_TRANSLATE_NOOP("", "Notes"),
    "outcome": QT_TRANSLATE_NOOP("", "Outcome"),
}


def field_label(name: str, translate: Translate | None = None) -> str:
    """The name of a record's field ``name`` (``position_text``) in the language of
    ``translate`` (the wording under way's when None)."""
    return (translate or _TRANSLATE.get())("", RECORD_FIELDS.get(name, name), None, -1)


# Each text a literal inside tr(), so that lupdate files it for the translators.
_SAYINGS: dict[str, Callable[[], str]] = {
    # The store (bnldesk.store.errors, bnldesk.store.engine).
    "database_locked": lambda: tr(
        "%1 is in use by another program (another bnldesk window?): nothing was saved; "
        "close it and try again"
    ),
    "database_damaged": lambda: tr("%1 is damaged; restore it from a backup"),
    "database_damaged_no_backup": lambda: tr(
        "%1 is damaged and has no backup; keep the file as it is (do not delete it) and ask "
        "your IT support to recover it"
    ),
    "database_incomplete_copy": lambda: tr(
        "%1 holds no data: it looks like a copy made while bnldesk was open, without its -wal "
        "file; copy it again with bnldesk closed, or use a backup. The file was left as it is"
    ),
    "database_folder_missing": lambda: tr(
        "the folder of %1 does not exist: check the path; nothing was created"
    ),
    "database_read_only": lambda: tr("%1 is read-only: changes cannot be saved there"),
    "disk_full": lambda: tr(
        "the disk is full: nothing was saved and %1 is intact; free some space and try again"
    ),
    "disk_io": lambda: tr(
        "%1 could not be read or written (disk or network error): nothing was saved; "
        "check the disk or USB stick and try again"
    ),
    "not_a_database": lambda: tr("%1 is not a bnldesk database; it was left as it is"),
    # bnldesk.store.hold: the window no longer holds its file (trial 9, N1).
    "open_database_file": lambda: tr(
        "%1 is part of the database open in bnldesk (%2), not a file to read or write here: "
        "choose another file. Nothing was read or changed"
    ),
    "hold_lost_log_deleted": lambda: tr(
        "this window no longer holds %1: another program deleted its write-ahead log while this "
        "window wrote to it. Nothing more is saved from this window; copy what you still need "
        "from it, then close it and open the file again"
    ),
    "hold_lost_replaced": lambda: tr(
        "this window no longer holds %1: another program replaced the file. Nothing more is saved "
        "from this window; copy what you still need from it, then close it and open the file "
        "again"
    ),
    "hold_lost_moved": lambda: tr(
        "this window no longer holds %1: the file was moved or deleted. Nothing more is saved from "
        "this window; copy what you still need from it, then close it and open the file again"
    ),
    "database_empty": lambda: tr(
        "%1 is empty (0 bytes): the database was lost or never written; restore a backup, "
        "or remove the file to start a new database"
    ),
    "database_missing": lambda: tr(
        "%1 is missing, but backups of it exist in %2: restore one rather than start a new, "
        "empty database"
    ),
    "newer_schema": lambda: tr(
        "%1 was written by a newer version of bnldesk (database version %2); update bnldesk "
        "to open it. The file was not changed"
    ),
    "cannot_open": lambda: tr("%1: cannot open the database file"),
    "open_read_only": lambda: tr("%1 is open read-only: nothing can be written into it"),
    "recovery_not_written": lambda: tr(
        "the unsaved text could not be kept on this computer (%1): do not quit before it is saved"
    ),
    "recovery_unreadable": lambda: tr("the recovery file %1 cannot be read; it was left as it is"),
    "server_unreachable": lambda: tr(
        "cannot reach the database server %1: nothing was saved; check the network and try again"
    ),
    "server_login": lambda: tr(
        "the server %1 refused the user name or password: check them (the password comes "
        "from PGPASSWORD, ~/.pgpass or the prompt)"
    ),
    "server_password_missing": lambda: tr(
        "the server %1 needs a password: set PGPASSWORD, put it in ~/.pgpass, or run bnldesk "
        "in a terminal to be asked for it"
    ),
    "server_permission": lambda: tr(
        "the server %1 does not allow this for your user (a private note of another "
        "delegate, or a right the administrator has not granted): nothing was changed"
    ),
    "server_schema": lambda: tr(
        "the database %1 is not set up for this bnldesk: the server's administrator runs "
        "'bnldesk server init URL' (see README, Delegation server)"
    ),
    "concurrent_edit": lambda: tr(
        "someone else changed the same record in %1 at the same moment: nothing of yours was "
        "overwritten; look at it again and repeat your change"
    ),
    "file_only": lambda: tr(
        "this applies to database files only; %1 is a server, backed up by its administrator"
    ),
    # Reading a document (bnldesk.services.importer): File > Import.
    "no_such_file": lambda: tr("%1 does not exist (any more)"),
    "is_folder": lambda: tr("%1 is a folder, not a document"),
    "cannot_read_file": lambda: tr("%1 cannot be read (no permission, or the disk failed)"),
    "file_empty": lambda: tr("%1 is empty (0 bytes)"),
    "file_too_large": lambda: tr("%1 is too large (%2 MB; a plan is at most %3 MB)"),
    "not_a_pdf": lambda: tr("%1 is not a PDF file (another kind of file renamed to .pdf?)"),
    "not_a_docx": lambda: tr("%1 is not a Word .docx file"),
    "old_office_file": lambda: tr("%1 is an old binary Office file; save it as .docx or PDF"),
    "unsupported_type": lambda: tr(
        "%1: files of type %2 cannot be imported (use PDF, DOCX, TXT or MD)"
    ),
    "damaged_utf16": lambda: tr("%1 is damaged UTF-16 text"),
    "rtf_file": lambda: tr("%1 is a Rich Text (RTF) file; save it as .docx or PDF"),
    "binary_file": lambda: tr("%1 is a binary file, not text"),
    "too_much_text": lambda: tr("%1 holds too much text to be a plan"),
    "support_missing": lambda: tr("reading this kind of file is not installed (%1 is missing)"),
    "pdf_password": lambda: tr("%1 is a password-protected PDF; save it without a password"),
    "pdf_damaged": lambda: tr("%1 is a damaged PDF"),
    "pdf_unreadable": lambda: tr("%1 could not be read as a PDF"),
    "no_pages": lambda: tr("%1 has no pages"),
    "pdf_no_text_layer": lambda: tr(
        "%1 has no text layer (a scanned or image-only PDF); run OCR on it first"
    ),
    "pdf_fonts_unreadable": lambda: tr(
        "%1: its text cannot be read (fonts without a character map); export it again from "
        "the original or run OCR on it"
    ),
    "zip_bomb": lambda: tr(
        "%1 would unpack to far more than a Word document does (refused as a possible zip bomb)"
    ),
    "docx_damaged": lambda: tr("%1 is a damaged .docx file"),
    "docx_unreadable": lambda: tr("%1 could not be read as .docx"),
    "spreadsheet_not_word": lambda: tr("%1 is a spreadsheet, not a Word document"),
    "presentation_not_word": lambda: tr("%1 is a presentation, not a Word document"),
    "opendocument_file": lambda: tr(
        "%1 is an OpenDocument file; save it as .docx or PDF to import it"
    ),
    "not_a_word_document": lambda: tr("%1 is not a Word document"),
    "no_text": lambda: tr("%1 contains no text"),
    "not_a_plan": lambda: tr(
        "%1 does not look like an annual plan or a work programme (no 'Jaarplan' or "
        "'Werkprogramma' title and no plan sections)"
    ),
    "no_chapters": lambda: tr(
        "%1: no chapters or themes found; this does not look like a plan or programme"
    ),
    "plan_year_unknown": lambda: tr("%1: the plan's year cannot be told from the text"),
    "programme_period_unknown": lambda: tr(
        "%1: the programme's period cannot be told from the text"
    ),
    "nested_too_deeply": lambda: tr("%1: the text is nested too deeply to read"),
    "text_not_understood": lambda: tr("%1: the text could not be made sense of"),
    "document_not_written": lambda: tr("%1 could not be saved in the database: %2"),
    "import_cancelled": lambda: tr("import cancelled; nothing was changed"),
    "read_interrupted": lambda: tr(
        "reading %1 stopped before it finished (its process ended with code %2); try again"
    ),
    # Sharing notes between laptops (bnldesk.services.sync, sync_bundle, sync_trust).
    "share_no_workgroup": lambda: tr("there is no workgroup '%1' in this database"),
    "bundle_too_large_to_share": lambda: tr(
        "the bundle would be larger than %1 MB, more than another laptop accepts: share the "
        "changes since a date, or one workgroup"
    ),
    "bundle_other_delegation": lambda: tr(
        "this bundle is from the %1 delegation; this database belongs to %2"
    ),
    "bundle_other_plan": lambda: tr("this bundle is for another plan (%1); this database holds %2"),
    "bundle_record_unreadable": lambda: tr(
        "a record in the bundle cannot be read (%1): nothing was changed"
    ),
    "bundle_empty": lambda: tr("%1 is empty"),
    "bundle_too_large": lambda: tr("%1 is larger than %2 MB: not a bnldesk notes bundle"),
    "not_a_bundle": lambda: tr("%1 is not a bnldesk notes bundle"),
    "bundle_truncated": lambda: tr("%1 is incomplete (cut off): ask for it again"),
    "bundle_damaged": lambda: tr("%1 is damaged: ask for it again"),
    "bundle_newer_format": lambda: tr(
        "%1 was written by a newer bnldesk (bundle format %2, this version reads up to %3); "
        "update bnldesk to receive it"
    ),
    "bundle_unsigned": lambda: tr(
        "%1 is an unsigned bundle from an older bnldesk: update bnldesk on the sending "
        "laptop, pair the two laptops and share again"
    ),
    "bundle_altered": lambda: tr(
        "%1 is damaged or was altered (its signature does not match): nothing was changed"
    ),
    "bundle_not_paired": lambda: tr(
        "%1 comes from a laptop that is not paired with this one (its code is %2): pair "
        "them first, then receive it again"
    ),
    "bundle_missing": lambda: tr("%1 does not exist (any more)"),
    "bundle_is_folder": lambda: tr("%1 is a folder, not a notes bundle"),
    "bundle_unreadable": lambda: tr("%1 cannot be read (no permission, or the disk failed)"),
    "pairing_code_invalid": lambda: tr("this is not a bnldesk pairing code (check the letters)"),
    "pairing_code_mistyped": lambda: tr(
        "this pairing code is mistyped (its check letters do not match)"
    ),
    "pairing_name_missing": lambda: tr("give the paired laptop a name (for example its owner's)"),
    "pairing_code_own": lambda: tr(
        "this is this laptop's own pairing code: enter the other laptop's"
    ),
    "pairing_unknown_laptop": lambda: tr("no paired laptop is called '%1'"),
    # Importing an edited notes sheet (bnldesk.services.reports).
    "sheet_missing": lambda: tr("%1 does not exist (any more)"),
    "sheet_too_large": lambda: tr("%1 is %2 MB; bnldesk reads notes sheets up to 300 MB"),
    "not_a_notes_sheet": lambda: tr(
        "%1 is not a bnldesk notes sheet (no sheet with an id and a text column): export the "
        "notes from bnldesk, edit that file and import it"
    ),
    # Trial 17: the workgroup list the export wrote beside the notes sheet, picked instead.
    "workgroup_list_not_notes": lambda: tr(
        "the file %1 is a list of workgroups, not a notes sheet: only a notes sheet can be "
        'imported. To get one: Export Excel list... > tab Notes > "Include this sheet"; edit '
        "that file and import it."
    ),
    "sheet_zip_bomb": lambda: tr(
        "%1 would unpack to far more than a notes sheet does (a zip bomb?); bnldesk does not "
        "open it"
    ),
    "sheet_too_many_rows": lambda: tr(
        "%1 has more than %2 rows in one sheet; export fewer notes per file"
    ),
    "not_an_xlsx": lambda: tr("%1 is not an Excel workbook (.xlsx) that bnldesk can read"),
    "sheet_unreadable": lambda: tr("%1 cannot be read (no permission, or the disk failed)"),
    "sheet_hostile_xml": lambda: tr(
        "%1 declares XML entities or external references (an attack?); bnldesk does not read it"
    ),
    "sheet_damaged": lambda: tr("%1 is damaged or not an Excel workbook (.xlsx)"),
    # Writing an export (bnldesk.services.files, bnldesk.services.reports).
    "export_target_is_folder": lambda: tr("%1 is a folder, not a file name"),
    "export_folder_missing": lambda: tr("the folder %1 does not exist; choose another folder"),
    "export_folder_read_only": lambda: tr(
        "bnldesk may not write in the folder %1 (read-only or no permission): nothing was "
        "saved; choose another folder"
    ),
    "export_disk_full": lambda: tr(
        "the disk holding %1 is full: nothing was saved; free some space and try again"
    ),
    "export_not_a_folder": lambda: tr("%1 is not a folder"),
    "export_cannot_write": lambda: tr("%1 could not be written (disk or network error)"),
    "export_file_open": lambda: tr(
        "%1 is open in another program (Excel, a PDF reader?) or read-only; close it and try again"
    ),
    "brief_layout": lambda: tr(
        "the brief on %1 could not be laid out: something on page %2 is larger than a page; "
        "shorten the longest text there (a note, a position or a title)"
    ),
    "export_cancelled": lambda: tr("the export was cancelled; no file was written"),
    # Backups and restores (bnldesk.services.backup, Backups...): %3 of backup_failed and %2
    # of restore_failed are the fault behind them, worded too.
    "backup_no_database": lambda: tr("%1 does not exist: nothing to back up"),
    "backup_check_failed": lambda: tr(
        "the backup of %1 failed its check (is the database damaged?)"
    ),
    "backup_failed": lambda: tr("%1 could not be backed up into %2: %3"),
    "backup_unreadable": lambda: tr(
        "%1 could not be read, so it was not backed up and nothing was changed"
    ),
    "backup_none_usable": lambda: tr("there is no usable backup of %1"),
    "backup_unknown": lambda: tr("there is no backup %1"),
    "backup_damaged": lambda: tr("the backup %1 is damaged; choose another one"),
    "restore_copy_failed": lambda: tr("the copy of %1 failed its check; nothing was restored"),
    "restore_failed": lambda: tr("%1 could not be restored: %2"),
    "restore_read_only": lambda: tr(
        "%1 is open read-only in this window: restore it where it is open for writing, or "
        "close the other bnldesk window first"
    ),
    "restore_in_use": lambda: tr(
        "%1 is still in use inside bnldesk; nothing was restored, try again"
    ),
    # Synchronising with the delegation's server (bnldesk.services.sync_server).
    "sync_not_a_server": lambda: tr("%1 is not a database server (postgresql://...)"),
    "sync_from_a_server": lambda: tr(
        "synchronising runs on a laptop's own database file, not on a server"
    ),
    "server_record_unreadable": lambda: tr(
        "a record on the server cannot be read (%1); what was merged before stays merged"
    ),
    # A database address typed (bnldesk.store.backend): the server to sync with.
    "location_scheme": lambda: tr(
        "bnldesk opens an SQLite database file or a postgresql:// server, not a %1:// address"
    ),
    "location_invalid": lambda: tr("'%1' is not a valid address"),
    "location_no_database": lambda: tr("%1 names no database: postgresql://USER@HOST/DATABASE"),
    "backend_unsupported": lambda: tr("bnldesk does not run on %1"),
    # Meetings, their agenda and action items (bnldesk.services.meetings).
    "meeting_ends_before_start": lambda: tr("the meeting ends before it starts"),
    "meeting_needs_title": lambda: tr("a meeting needs a title or a workgroup"),
    "no_meeting": lambda: tr("there is no meeting %1 (any more)"),
    "no_section_in_plan": lambda: tr("there is no section %1 in the %2 plan"),
    "no_section": lambda: tr("there is no section %1"),
    "section_in_several_plans": lambda: tr("section %1 is in several plans (%2): say which plan"),
    "agenda_point_exists": lambda: tr("'%1' is already point %2 of the agenda"),
    "agenda_point_needs_subject": lambda: tr("an agenda point needs a title or a plan object"),
    "agenda_text_names_several": lambda: tr(
        '"%1" begins several titles (%2): choose one from the list'
    ),
    "agenda_point_needs_title": lambda: tr("an agenda point needs a title"),
    "no_agenda_point": lambda: tr("there is no agenda point %1 (any more)"),
    "action_needs_title": lambda: tr("an action item needs a title"),
    "meeting_without_date": lambda: tr("the meeting %2 has no date yet"),
    "export_interrupted": lambda: tr(
        "the export stopped before it finished (its process ended with code %1); nothing was "
        "saved; try again"
    ),
    # Corrections in the import review (bnldesk.services.importer.corrections).
    "correction_item_gone": lambda: tr("that item is no longer in the document"),
    "correction_section_gone": lambda: tr("that section is no longer in the document"),
    "correction_not_under_chapter": lambda: tr(
        "only a section directly under a chapter can become a chapter"
    ),
    "correction_chapter_highest": lambda: tr("a chapter is already the highest level"),
    "correction_first_chapter": lambda: tr(
        "the first chapter has no chapter before it to go under"
    ),
    "correction_first_section": lambda: tr(
        "the first section has no section before it to go under"
    ),
    "correction_item_lowest": lambda: tr("an item is already the lowest level"),
    "correction_first_item": lambda: tr("the first item of a section has no item before it"),
    "correction_no_break": lambda: tr(
        "the item's text has no paragraph or sentence break to split at"
    ),
    "correction_year": lambda: tr("%1 is not a plausible year"),
    "correction_title_empty": lambda: tr("a title cannot be empty"),
    "correction_title_long": lambda: tr("a title has at most %1 characters"),
    "correction_choose_rename": lambda: tr(
        "choose a chapter, section, item, workgroup or contact to rename"
    ),
    "correction_code_not_workgroup": lambda: tr("only a workgroup has a code"),
    "correction_bad_code": lambda: tr("'%1' is not a workgroup code"),
    "correction_choose_merge": lambda: tr("choose an item to merge with the one before"),
    "correction_choose_split": lambda: tr("choose an item to split"),
    "correction_choose_mark": lambda: tr("choose an item to mark"),
    "correction_choose_kind": lambda: tr("choose an item to change its kind"),
    # The object a note, a meeting or a brief is about (bnldesk.services.annotations,
    # note_edits, reports.brief_data; bnldesk.store.workgroup_lookup).
    "no_workgroup_with_id": lambda: tr("there is no workgroup with id %1 (any more)"),
    "no_section_with_id": lambda: tr("there is no section with id %1 (any more)"),
    "no_item_with_id": lambda: tr("there is no plan item with id %1 (any more)"),
    "no_chapter_with_id": lambda: tr("there is no chapter with id %1 (any more)"),
    "no_plan_with_id": lambda: tr("there is no plan with id %1 (any more)"),
    "no_programme_with_id": lambda: tr("there is no programme with id %1 (any more)"),
    "no_contact_with_id": lambda: tr("there is no contact with id %1 (any more)"),
    "not_attachable": lambda: tr("notes cannot be attached to %1"),
    "unknown_target": lambda: tr(
        "'%1' is neither a workgroup code, a section number nor an object id (e.g. item:12)"
    ),
    "no_object_with_key": lambda: tr("there is no %1 with key '%2' in this database"),
    "row_without_target": lambda: tr(
        "a new row needs a Target (a workgroup code or section number)"
    ),
    "note_gone": lambda: tr("note %1 no longer exists"),
    "action_gone": lambda: tr("action item %1 no longer exists"),
    "no_workgroup_named": lambda: tr(
        "there is no workgroup '%1' (give its code or its full name, e.g. SENN-CRISE)"
    ),
    "not_a_meeting_id": lambda: tr("'%1' is not a meeting id"),
    "brief_no_plan": lambda: tr("there is no %1 plan in this database"),
    "no_plan_year": lambda: tr("there is no %1 plan in this database"),  # any --plan YEAR
    "brief_no_subject": lambda: tr("say which workgroup, section or meeting the brief is about"),
    # A form saved over fields changed elsewhere (bnldesk.domain.field_merge.EditClash).
    "changed_elsewhere": lambda: tr("changed elsewhere meanwhile: %1"),
    # Records of a bundle or a server (bnldesk.services.sync_records, sync_bundle): the
    # record kind and field as the bundle spells them.
    "record_not_object": lambda: tr("the bundle holds a malformed %1 (not an object)"),
    "record_field_missing": lambda: tr("the bundle holds a malformed %1: '%2' is missing"),
    "record_field_not_text": lambda: tr("the bundle holds a malformed %1: '%2' is not text"),
    "record_field_too_long": lambda: tr(
        "the bundle holds a malformed %1: '%2' is longer than %3 characters"
    ),
    "record_field_not_number": lambda: tr(
        "the bundle holds a malformed %1: '%2' is not a whole number from %3 to %4"
    ),
    "record_field_unknown_value": lambda: tr(
        "the bundle holds a malformed %1: '%2' has a value this version does not know"
    ),
    "record_field_not_uuid": lambda: tr("the bundle holds a malformed %1: '%2' is not a UUID"),
    "record_field_not_time": lambda: tr(
        "the bundle holds a malformed %1: '%2' is not a date and time"
    ),
    "record_field_zone": lambda: tr(
        "the bundle holds a malformed %1: '%2' is not in UTC without a zone"
    ),
    "record_field_future": lambda: tr(
        "the bundle holds a malformed %1: '%2' lies in the future (%3)"
    ),
    "record_field_not_date": lambda: tr("the bundle holds a malformed %1: '%2' is not a date"),
    "record_field_tags": lambda: tr(
        "the bundle holds a malformed %1: '%2' is not a list of at most %3 tags"
    ),
    "record_field_tag": lambda: tr(
        "the bundle holds a malformed %1: '%2' holds a tag that is empty or over %3 characters"
    ),
    "record_point_without_meeting": lambda: tr(
        "agenda point %1 refers to a meeting the bundle lacks"
    ),
    "bundle_part_not_object": lambda: tr("the bundle's %1 is not an object"),
    "bundle_part_not_list": lambda: tr("the bundle's %1 is not a list of at most %2 entries"),
    "bundle_part_not_text": lambda: tr("the bundle's %1 is not text of at most %2 characters"),
    "bundle_manifest_inconsistent": lambda: tr("the bundle has an inconsistent manifest"),
    "bundle_history_malformed": lambda: tr(
        "the bundle holds a version history that is not a list of hashes"
    ),
    "bundle_unknown_kind": lambda: tr("the bundle holds records of an unknown kind (%1)"),
    "bundle_too_many_records": lambda: tr("the bundle holds more than %1 records"),
    "bundle_conflict_unknown_kind": lambda: tr("the bundle holds a conflict of an unknown kind"),
    "bundle_conflict_hashes": lambda: tr(
        "the bundle holds a conflict whose version hashes are malformed"
    ),
    "bundle_conflict_other_record": lambda: tr(
        "the bundle holds a conflict about another record than its version"
    ),
    "bundle_conflict_dates": lambda: tr("the bundle holds a conflict with malformed dates"),
    "bundle_malformed": lambda: tr("%1 is damaged (%2): ask for it again"),
    # Resolving a conflict (bnldesk.services.sync.resolve_conflict).
    "no_conflict": lambda: tr("there is no conflict %1 (any more)"),
    "conflict_record_gone": lambda: tr("the record of conflict %1 is gone"),
    "conflict_unknown_fields": lambda: tr("unknown field(s): %1"),
    "conflict_private": lambda: tr(
        "the other version is private: taking its %1 would share private text; take its "
        "visibility too to keep the note private"
    ),
    "conflict_unreadable": lambda: tr(
        "the version chosen cannot be read (%1): nothing was changed"
    ),
    # Updating a database to this version (bnldesk.store.migrations).
    "migrations_missing": lambda: tr(
        "this installation of bnldesk is incomplete (no database updates in %1): install it again"
    ),
    "migration_tables_mismatch": lambda: tr(
        "%1 could not be updated to this version of bnldesk: its tables do not match its "
        "database version %2 (%3)"
    ),
}

# Sayings whose sentence counts: Qt's plural forms by the number at ``%n``.
_COUNTED_SAYINGS: dict[str, Callable[[Values], str]] = {
    "too_many_pages": lambda values: tr(
        "%1 has %n page(s); too many for a plan", None, _count(values, 1)
    ),
    "replace_refused": lambda values: tr(
        "%1 would remove %n of the %3 sections already in bnldesk, so it does not look like "
        "the same document; nothing was changed",
        None,
        _count(values, 1),
    ),
    "workgroup_name_ambiguous": lambda values: tr(
        "'%1' is the name of %n workgroup(s) (%3): give its code", None, _count(values, 1)
    ),
    "migration_broken_references": lambda values: tr(
        "%1: the update left %n broken reference(s) (first in table %3)",
        None,
        _count(values, 1),
    ),
    "doubtful_structure": lambda values: tr(
        "%1: the structure found looks doubtful (%n warning(s)); nothing was changed: check "
        "it in the review window",
        None,
        _count(values, 1),
    ),
}

# The cause class of a fault in a few words, by its code: what a line too narrow for the whole
# sentence still says (trial 14: a note on a full disk showed "Pas encore enregistré" alone,
# the log saying disk_full). Each a literal inside tr(), for lupdate.
_CAUSE_CLASSES: dict[str, Callable[[], str]] = {
    "disk_full": lambda: tr("disk full"),
    "export_disk_full": lambda: tr("disk full"),
    "database_locked": lambda: tr("database in use by another program"),
    "database_read_only": lambda: tr("database read-only"),
    "open_read_only": lambda: tr("database read-only"),
    "server_unreachable": lambda: tr("server unreachable"),
    "server_login": lambda: tr("server refused the login"),
    "server_password_missing": lambda: tr("server refused the login"),
    "server_permission": lambda: tr("not allowed by the server"),
    "database_damaged": lambda: tr("database damaged"),
    "disk_io": lambda: tr("disk or network error"),
    "hold_lost_log_deleted": lambda: tr("database file replaced"),
    "hold_lost_replaced": lambda: tr("database file replaced"),
    "hold_lost_moved": lambda: tr("database file moved"),
}

KNOWN_CODES = frozenset(_SAYINGS) | frozenset(_COUNTED_SAYINGS)


def cause_class(code: str, translate: Translate | None = None) -> str | None:
    """The cause class an error ``code`` belongs to, in a few words of ``translate``'s
    language ("disk full", "server unreachable", "database read-only"...); None for a code
    that is no fault of the database's place (a refused value, a missing file to import)."""
    worded = _CAUSE_CLASSES.get(code)
    if worded is None:
        return None
    with _speaking(translate):
        return worded()


def error_cause_class(error: BaseException, translate: Translate | None = None) -> str | None:
    """:func:`cause_class` of ``error``, or of the fault behind it (``reason``, as a backup
    that failed because the disk is full); None when none has one."""
    seen: BaseException | None = error
    while isinstance(seen, BnldeskError):
        named = cause_class(seen.code or "", translate)
        if named is not None:
            return named
        seen = seen.reason
    return None


# Sayings whose values are all names of a record's fields (``position_text``): said as one
# list of the fields' names in the interface language, at ``%1``.
_FIELD_LISTS = frozenset({"changed_elsewhere", "conflict_unknown_fields", "conflict_private"})


def as_sentence(text: str) -> str:
    """``text`` with a capital first letter, for a dialog whose message is a sentence of its
    own: errors are worded to go on after a colon ("van %1 kon geen reservekopie ...",
    trial 9); one that starts with a file name or a typed name keeps its case
    (:func:`bnldesk.domain.wording.sentence`)."""
    return sentence(text)


def error_text(error: BnldeskError, translate: Translate | None = None) -> str:
    """What ``error`` says, in ``translate``'s language (Qt's in the window, a
    :class:`~bnldesk.services.window_catalogue.Catalogue`'s on the command line; the wording
    under way's when None): one line, never empty (its English ``str()`` when its code is not
    known here)."""
    with _speaking(translate):
        return _worded(error)


def _worded(error: BnldeskError) -> str:
    english = str(error)
    values = error.values
    if error.reason is not None and values:
        # The fault behind this one, in the interface language too (its English line is the
        # last value, for the command line).
        values = (*values[:-1], _worded(error.reason))
    if error.code in _FIELD_LISTS:
        values = (", ".join(field_label(str(name)) for name in values),)
    counted = _COUNTED_SAYINGS.get(error.code)
    if counted is not None:
        worded = _filled(counted(values), values)
    elif error.code in _SAYINGS:
        worded = _filled(_SAYINGS[error.code](), values)
    else:
        return leading_value_kept(english, values)
    # One line whatever a value holds; French no-break spaces stay.
    worded = _BREAKS.sub(" ", worded).strip() or english
    # A file name or a name typed at its start keeps its case in a sentence (trial 17).
    return leading_value_kept(worded, values)
