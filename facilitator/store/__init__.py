"""The session file: `Store` opens or creates one; its aggregates hang off it
(`store.session`, `store.participants`, `store.agenda`, `store.ideas`, `store.voting`,
`store.actors`, `store.decisions`, `store.live`)."""
from .db import SUFFIX, Store, clean_text, now_iso
from .schema import APPLICATION_ID, SCHEMA_VERSION

__all__ = ["Store", "SUFFIX", "SCHEMA_VERSION", "APPLICATION_ID", "clean_text", "now_iso"]
