"""CLI commands beyond the core ones in :mod:`bnldesk.cli`.

Each module here defines ``register(subparsers)`` which adds its parser(s) with
``set_defaults(func=cmd)``; ``cmd(args) -> int`` opens the store with
:func:`bnldesk.cli.open_from_args` and raises :class:`bnldesk.cli.UserError` for user mistakes.
No module here imports Qt.
"""
