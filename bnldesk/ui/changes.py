"""Writes that say what they changed, and the one signal that carries it to every view.

Modelled on Anki's ``CollectionOp``: a write job runs on the database worker and returns a
:class:`Written` (its result and an :class:`~bnldesk.domain.op_changes.OpChanges`). When it has
succeeded, :meth:`ChangeBus.write` pushes its undo step (if any), calls back the caller, then
emits :attr:`ChangeBus.changed`; every view decides from the record whether to read again. A
write that fails leaves no undo step and reaches the delegate as one line.

:class:`UndoableWrite` is the undo step of a write that is already stored: its first ``redo``
(the one ``QUndoStack.push`` makes) does nothing; later undos and redos run their own writes
through the bus. When one of those fails, the error is shown and the stack is put back where it
was, so Edit > Undo keeps naming what is really stored.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.orm import Session

from bnldesk.domain.errors import BnldeskError
from bnldesk.domain.op_changes import OpChanges
from bnldesk.store.engine import Store
from bnldesk.ui.undo_texts import TranslatedCommand, UndoText
from bnldesk.ui.worker import DbWorker

T = TypeVar("T")
Value = TypeVar("Value", covariant=True)
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Written(Generic[Value]):
    """What a write job returns: its result for the caller, and what it changed for the views."""

    value: Value
    changes: OpChanges


def in_transaction(write: Callable[[Session], Written[T]]) -> Callable[[Store], Written[T]]:
    """A write job running ``write`` in one transaction (all of it is stored, or nothing)."""

    def job(store: Store) -> Written[T]:
        with store.transaction() as session:
            return write(session)

    return job


def settle_failed(store: Store, error: Exception) -> bool:
    """Whether ``error``, raised by the settle step after a write (noting what is stored now,
    :meth:`bnldesk.store.outside.OutsideChanges.settle`), is a fault of the database the store
    classifies (by exception type and result code: locked, busy, unreadable for now). Such a
    fault only means that the next look for other programs' changes reads the views again once
    more: it is logged and True is returned. Anything else is a bug: its traceback is logged,
    False is returned and the caller reports it as an internal error."""
    fault = store.explain(error)
    if isinstance(fault, BnldeskError):
        log.warning("what a write stored could not be noted: %s", fault)
        return True
    log.error("noting what a write stored failed:\n%s", "".join(traceback.format_exception(error)))
    return False


class ChangeBus(QObject):
    """The one way the window writes, and the one signal saying what a write changed.

    Owned by the application controller (it outlives a window rebuilt in another language),
    like the worker and the undo stack it uses.
    """

    changed = Signal(object)  # an OpChanges, after a write has been stored

    def __init__(self, worker: DbWorker, undo_stack: QUndoStack, parent: QObject | None = None):
        super().__init__(parent)
        self.worker = worker
        self.undo_stack = undo_stack
        # Called on the worker right after each write is stored, so that the write is not
        # taken for another program's (bnldesk.ui.outside_changes).
        self.settle_after_write: Callable[[], None] | None = None

    def write(
        self,
        job: Callable[[Store], Written[T]],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        *,
        undo: Callable[[T], QUndoCommand | None] | None = None,
    ) -> int:
        """Queue the write ``job`` on the worker (in order with every other write).

        On success: ``undo(result)`` makes the undo step pushed on the stack (None: nothing
        to undo), then ``on_done(result)`` runs, then :attr:`changed` is emitted. On failure
        nothing is pushed and ``on_error(exception)`` runs; without it the worker reports the
        error (one line to the delegate, a bug's details to the log). Returns the job's id.
        """

        def stored(outcome: tuple[Written[T], Exception | None]) -> None:
            written, settle_bug = outcome
            if undo is not None:
                command = undo(written.value)
                if command is not None:
                    self.undo_stack.push(command)
            if on_done is not None:
                on_done(written.value)
            self.announce(written.changes)
            if settle_bug is not None:
                # The write is stored and shown; the bug after it is told like any other.
                self.worker.report(settle_bug)

        def job_then_settle(store: Store) -> tuple[Written[T], Exception | None]:
            written = job(store)
            settle = self.settle_after_write
            if settle is None:
                return written, None
            try:
                settle()
            except Exception as error:  # sorted by settle_failed below
                # The write is stored whatever happens here: its result still reaches the
                # window, and a bug is reported once it has.
                return written, None if settle_failed(store, error) else error
            return written, None

        return self.worker.run(job_then_settle, stored, on_error or self.worker.report)

    def settle_outside(self) -> None:
        """Every view reads the database again (View > Reload): what other programs wrote
        until now need not be announced once more (``bnldesk.ui.outside_changes``)."""
        settle = self.settle_after_write
        if settle is not None:

            def failed(error: Exception) -> None:
                if not settle_failed(self.worker.store, error):
                    self.worker.report(error)

            self.worker.run(lambda _store: settle(), on_error=failed)

    def announce(self, changes: OpChanges) -> None:
        """Tell every view what changed (a write made outside :meth:`write`, e.g. a restore)."""
        if not changes.is_empty:
            self.changed.emit(changes)


class UndoableWrite(TranslatedCommand):
    """The undo step of a write that is already stored (pushed by ``ChangeBus.write(undo=)``).

    Subclasses give the jobs that undo and redo it (:meth:`undo_job`, :meth:`redo_job`).
    ``text`` says the step in the interface language, again after a language switch
    (``lambda: tr("Edit note text")``).
    """

    def __init__(self, bus: ChangeBus, text: UndoText) -> None:
        super().__init__(text)
        self.bus = bus
        self._pass = True  # the next redo() or undo() only moves the stack: the data is there

    def undo_job(self) -> Callable[[Store], Written[object]]:
        raise NotImplementedError

    def redo_job(self) -> Callable[[Store], Written[object]]:
        raise NotImplementedError

    def stored(self, value: object, undoing: bool) -> None:
        """Called once a later undo (``undoing``) or redo is stored, with its job's value."""

    def redo(self) -> None:
        if self._pass:
            self._pass = False
            return
        self.bus.write(
            self.redo_job(),
            lambda value: self.stored(value, False),
            lambda error: self._failed(error, False),
        )

    def undo(self) -> None:
        if self._pass:
            self._pass = False
            return
        self.bus.write(
            self.undo_job(),
            lambda value: self.stored(value, True),
            lambda error: self._failed(error, True),
        )

    def _failed(self, error: Exception, undoing: bool) -> None:
        """Show why, and move the stack back over this step without writing again."""
        self.bus.worker.report(error)
        stack = self.bus.undo_stack
        if undoing and stack.index() < stack.count() and stack.command(stack.index()) is self:
            self._pass = True
            stack.redo()
        elif not undoing and stack.index() > 0 and stack.command(stack.index() - 1) is self:
            self._pass = True
            stack.undo()
