"""Use cases over the store (import, export, sync, backups); no Qt here.

Importing this package installs the backup service's hook, so that any program using the
services (the CLI, the GUI) backs a database up before migrating it.
"""

from bnldesk.services import backup as _backup  # noqa: F401  (installs the before-migrate hook)
