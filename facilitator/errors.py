"""Errors the core reports to a person, each with a sentence in French and in English.

Raise `FacilitatorError("key", file=..., ...)`; `str(err)` is the sentence in the current
language, `err.message("en")` in a given one. The sentences live in the core's one catalogue,
`facilitator.catalogue.MESSAGES`.
"""
from __future__ import annotations

from .catalogue import MESSAGES, Phrase, text


def _said(key: str, params: dict, lang: str | None) -> str:
    """The sentence of key with params, in lang: phrases said in that language, and a `kind`
    that names a thing of the session (« idée », "agenda item") given in the language too."""
    params = {k: (v.text(lang) if isinstance(v, Phrase) else v) for k, v in params.items()}
    kind = params.get("kind")
    if isinstance(kind, str) and "kind_" + kind.replace(" ", "_") in MESSAGES:
        params["kind"] = text("kind_" + kind.replace(" ", "_"), lang)
    return text(key, lang).format(**params)


class FacilitatorError(Exception):
    """An error with a sentence for a person. Never shown with a traceback."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def message(self, lang: str | None = None) -> str:
        return _said(self.key, self.params, lang)

    def __str__(self) -> str:
        return self.message()


class FileError(FacilitatorError):
    """The session file could not be opened, created or written."""


class ArchiveError(FacilitatorError):
    """An archive was refused; nothing was created."""
