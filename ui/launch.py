"""The `facilitator` command: the core's command line, with the interface to open windows.

The core (facilitator/cli.py) never imports the interface; this is where the two meet."""
from __future__ import annotations

import sys


def open_window(file: str | None) -> int:
    from facilitator_ui.app import main as app_main  # imported only when a window is wanted

    return app_main(file)


def main(argv: list[str] | None = None) -> int:
    from facilitator.cli import main as cli_main

    return cli_main(argv, launch=open_window)


if __name__ == "__main__":
    sys.exit(main())
