"""Use cases over the store (import, export, sync, backups); no Qt here.

Importing :mod:`bnldesk.services.backup` installs the backup taken before a migration; the CLI
and the GUI import it before they open a database. This package itself imports nothing, so that
a light module (``files``) does not pull in the database layer.
"""
