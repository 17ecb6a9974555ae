"""The desktop application (the only package that imports Qt), grouped by screen.

``app`` starts it and owns what outlives a window; ``actions`` is the one action registry;
``worker`` the one database worker; ``i18n``, ``labels`` and ``dates`` the languages, the names
of stored codes and the one date format. Screens: ``browse`` (the main window: navigator, list,
detail, search), ``notes`` (the editor and its undoable commands, conflicts), ``meetings``
(start page, meetings, sharing), ``exports`` (briefs, workbooks, notes sheets), ``settings``
(preferences, backups). ``widgets`` holds what several screens share.
"""
