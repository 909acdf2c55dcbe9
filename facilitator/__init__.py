"""Facilitateur's core: domain types, rules, the session file, exports and the command line.
It never imports Qt (a test enforces it)."""
__version__ = "0.1.0"
