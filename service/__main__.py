"""Entry point for `python -m service`: the same command line as `wirestream`."""

from service.cli import main

# Guarded: the enrichment child process (spawned) imports this module as `__mp_main__` and must not run the CLI.
if __name__ == "__main__":
    raise SystemExit(main())
