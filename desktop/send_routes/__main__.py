"""Run the app with ``python -m send_routes``."""

from send_routes.cli import main

raise SystemExit(main())
