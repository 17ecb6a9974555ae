"""Entry point of the desktop bundle built by ``bnldesk.spec``.

A script outside the package, so that PyInstaller does not put ``bnldesk/`` itself on the
module search path (its submodules would then also be importable under top-level names).
"""

from bnldesk.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
