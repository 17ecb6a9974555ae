"""The errors stop 21 left in English (issue 17, item 2; seventh delegate re-check): backups and
restores, synchronising with the server, meetings and their agenda, worded in nl/fr/en with the
fault behind them worded too; and a value holding "%1" (a file named so) is shown as it is.

Real faults (a read-only tmpfs where the backups go, a meeting that does not exist, the demo's
section 5.2 that is in two plans); the expected sentences are written out here.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from fault_support import IS_ROOT, full_disk_with_a_backup, mounted, small_disk

from bnldesk.domain.errors import BnldeskError
from bnldesk.services import backup
from bnldesk.services import meetings as meeting_service
from bnldesk.services.files import ExportError, write_atomically
from bnldesk.store.engine import Store, open_store
from bnldesk.ui import i18n
from bnldesk.ui.error_texts import error_text


@pytest.fixture
def speaking(qapp: Any) -> Any:
    """Install a language for the test; English again afterwards."""
    yield i18n.install
    i18n.install("en")


def test_a_value_holding_a_marker_is_shown_as_it_is(speaking: Any) -> None:
    assert i18n.filled("%1 en %2", "%2%1", "b") == "%2%1 en b"
    assert i18n.filled("%1 and %3", "a") == "a and %3"
    folder = Path("/tmp/%1 %2 map")
    with pytest.raises(ExportError) as caught:
        write_atomically(folder / "brief.pdf", b"x")
    for language, expected in (
        ("en", "the folder /tmp/%1 %2 map does not exist; choose another folder"),
        ("nl", "de map /tmp/%1 %2 map bestaat niet; kies een andere map"),
    ):
        speaking(language)
        assert error_text(caught.value) == expected


@pytest.mark.skipif(not IS_ROOT, reason="a read-only tmpfs needs root, as CI runs")
def test_a_backup_into_a_read_only_folder_is_worded_with_its_cause(
    tmp_path: Path, speaking: Any
) -> None:
    store = open_store(tmp_path / "plan.db")
    store.close()
    folder = tmp_path / "plan-backups"
    folder.mkdir()
    with mounted("mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(folder)) as ok:
        if not ok:
            pytest.skip("a read-only tmpfs could not be mounted")
        with pytest.raises(backup.BackupError) as caught:
            backup.backup_database(tmp_path / "plan.db", force=True)
    fault = caught.value
    db, where = tmp_path / "plan.db", folder
    assert str(fault).startswith(f"could not back up {db} into {where}: ")  # the CLI's line
    for language, expected in (
        (
            "nl",
            f"van {db} kon geen reservekopie gemaakt worden in {where}: {where} is "
            "alleen-lezen: wijzigingen kunnen daar niet worden opgeslagen",
        ),
        (
            "fr",
            f"{db} n'a pas pu être sauvegardé dans {where}\u00a0: {where} est en lecture "
            "seule\u00a0: les modifications ne peuvent pas y être enregistrées",
        ),
    ):
        speaking(language)
        assert error_text(fault) == expected


def test_restoring_a_backup_that_is_not_there_is_worded(tmp_path: Path, speaking: Any) -> None:
    store = open_store(tmp_path / "plan.db")
    store.close()
    with pytest.raises(backup.BackupError) as caught:
        backup.restore(tmp_path / "plan.db", "plan-20261130.db")
    speaking("nl")
    assert error_text(caught.value) == "er is geen reservekopie plan-20261130.db"
    speaking("fr")
    assert error_text(caught.value) == "il n'existe pas de sauvegarde plan-20261130.db"


def test_a_restore_that_fills_the_disk_is_worded_with_the_backup_and_its_cause(
    tmp_path: Path, speaking: Any
) -> None:
    with small_disk(tmp_path / "small-disk") as disk:
        if disk is None:
            pytest.skip("a small disk of its own needs root and mount")
        name = full_disk_with_a_backup(disk)
        with pytest.raises(backup.BackupError) as caught:
            backup.restore(disk / "plan.db", name)
    assert str(caught.value) == (
        f"could not restore {name}: the disk is full; free some space and try again"
    )
    speaking("nl")
    assert error_text(caught.value) == (
        f"{name} kon niet teruggezet worden: de schijf is vol: er is niets opgeslagen en "
        f"{disk} is ongeschonden; maak ruimte vrij en probeer het opnieuw"
    )
    speaking("fr")
    assert error_text(caught.value).startswith(f"{name} n'a pas pu être restauré")


def test_meeting_faults_are_worded(store: Store, speaking: Any) -> None:
    faults: list[BnldeskError] = []
    with store.transaction() as session:
        for attempt in (
            lambda: meeting_service.get_meeting(session, 999),
            lambda: meeting_service.create_meeting(
                session,
                meeting_service.MeetingFields(
                    title="Overleg",
                    starts_at=dt.datetime(2026, 12, 8, 11),
                    ends_at=dt.datetime(2026, 12, 8, 10),
                ),
            ),
        ):
            with pytest.raises(meeting_service.MeetingError) as caught:
                attempt()
            faults.append(caught.value)
        meeting = meeting_service.create_meeting(
            session, meeting_service.MeetingFields(title="Overleg zonder werkgroep")
        )
        with pytest.raises(meeting_service.SectionInSeveralPlans) as several:
            meeting_service.add_agenda_item(
                session, meeting.id, meeting_service.AgendaFields(target="5.2")
            )
        faults.append(several.value)
    speaking("nl")
    assert [error_text(fault) for fault in faults] == [
        "vergadering 999 bestaat niet (meer)",
        "de vergadering eindigt voor ze begint",
        "onderdeel 5.2 staat in meerdere plannen (2013, 2022): zeg welk plan",
    ]
    speaking("fr")
    assert [error_text(fault) for fault in faults] == [
        "la réunion 999 n'existe pas (ou plus)",
        "la réunion se termine avant de commencer",
        "le thème 5.2 figure dans plusieurs plans (2013, 2022)\u00a0: indiquez lequel",
    ]


def test_a_server_address_typed_in_the_window_is_refused_in_its_language(speaking: Any) -> None:
    from bnldesk.store.backend import UnsupportedLocationError, parse_server_url

    faults = []
    for typed in ("mysql://db.example/plans", "postgresql://anna@db.example"):
        with pytest.raises(UnsupportedLocationError) as caught:
            parse_server_url(typed)
        faults.append(caught.value)
    speaking("nl")
    assert [error_text(fault) for fault in faults] == [
        "bnldesk opent een SQLite-databankbestand of een postgresql://-server, geen mysql://-adres",
        "postgresql://anna@db.example noemt geen databank: postgresql://GEBRUIKER@HOST/DATABANK",
    ]
