"""Item models over the store."""
