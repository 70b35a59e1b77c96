"""Entry point for `python -m service`: the same command line as `wirestream`."""

from service.cli import main

raise SystemExit(main())
