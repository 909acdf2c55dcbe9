"""Reusable widgets: timer, sticky note, bar chart, role wheel."""
