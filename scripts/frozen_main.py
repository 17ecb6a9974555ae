"""Entry point of the desktop bundle built by ``bnldesk.spec``.

A script outside the package, so that PyInstaller does not put ``bnldesk/`` itself on the
module search path (its submodules would then also be importable under top-level names).
"""

import multiprocessing

from bnldesk.cli import main

if __name__ == "__main__":
    # The Excel export runs in a spawned process (bnldesk.services.reports.workbook_process):
    # in the bundle that process starts this executable again, which must run the export and
    # not a second application.
    multiprocessing.freeze_support()
    raise SystemExit(main())
