"""Facilitateur's interface (PySide6). Thin: shows the core, turns gestures into commands."""
