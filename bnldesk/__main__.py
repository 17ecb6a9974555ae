from bnldesk.cli import main

raise SystemExit(main())
