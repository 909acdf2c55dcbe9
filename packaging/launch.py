"""Entry point of the frozen (PyInstaller) application: the same as the `facilitator` command."""
import sys

from facilitator_ui.launch import main

if __name__ == "__main__":
    sys.exit(main())
