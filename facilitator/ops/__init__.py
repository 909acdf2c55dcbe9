"""Every change a person can make to a session, one module per domain (no Qt).

An operation is a plain function `op(store, *values)`: it checks the domain's rules, writes
through the store (the caller runs it inside one transaction: `ctx.do`, `store.recorded`, the
session engine) and returns what a caller needs (a new id, a summary). Nothing else changes a
session: the window's pages, the command line and the room server all call these.

Each operation carries its undo label: `op.label(store, *values)` gives a `Label` (call it
before the change: it names things as they were). A `Label` is a `str` in the current language
that also knows its French and English texts (`label.text("en")`); the texts live in the core's
one catalogue, `facilitator.catalogue` (keys `op_…`).

    ctx.do(ops.ideas.capture.label(store, text), lambda: ops.ideas.capture(store, text), kinds)
"""
from __future__ import annotations

from typing import Callable, TypeVar

from ..catalogue import text
from ..i18n import current_language

F = TypeVar("F", bound=Callable)

#: longest name put into a label (the undo menu is one line)
SHORT = 40


def short(value: object, n: int = SHORT) -> str:
    """One line, at most n characters (an ellipsis when cut, after a whole word when one ends
    near the cut)."""
    text = " ".join(str(value).split())
    if len(text) <= n:
        return text
    cut = text[:n - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space >= n - 12 else cut).rstrip() + "…"


class Label(str):
    """An undo label: the text in the current language, both kept (`text(lang)`).

    `Label(key, **params)`: the catalogue's text for key with {params}; text parameters become
    one short line. A count entry of the catalogue takes n (`Label("op_ideas_import", n=3)`):
    singular or plural by each language's rule (French is singular below 2, English at 1 only)."""

    key: str
    params: dict

    def __new__(cls, key: str, **params):
        clean = {k: (short(v) if isinstance(v, str) else v) for k, v in params.items()}
        obj = super().__new__(cls, cls._render(key, clean, current_language()))
        obj.key, obj.params = key, clean
        return obj

    @staticmethod
    def _render(key: str, params: dict, lang: str) -> str:
        return text(key, lang, **params) if params else text(key, lang).format()

    def text(self, lang: str) -> str:
        return self._render(self.key, self.params, lang)

    def __reduce__(self):
        return (_rebuild, (self.key, self.params))


def _rebuild(key, params) -> Label:
    return Label(key, **params)


class Said:
    """Where an operation that names its change from what it reads leaves its undo label, so
    that a gesture reads the rows once (issue 14): `said = Said()`, then
    `ctx.do(said, lambda: op(store, ..., said=said))`; once the operation ran, `said.label` is its
    Label and `str(said)` its text in the current language ("" before)."""

    __slots__ = ("label",)

    def __init__(self) -> None:
        self.label: Label | None = None

    def __call__(self, label: Label) -> Label:
        self.label = label
        return label

    def text(self, lang: str) -> str:
        return self.label.text(lang) if self.label is not None else ""

    def __str__(self) -> str:
        return str(self.label) if self.label is not None else ""


def operation(labeller: Callable[..., Label], *, says: bool = False) -> Callable[[F], F]:
    """Mark a function as an operation whose undo label `labeller(store, *values)` makes.
    The function itself is returned unchanged (`fn.label` and `fn.is_operation` added).
    says: the operation also takes `said=` (a `Said`) and fills it with the same label, made
    from what it read while it ran (`fn.says`)."""
    def mark(fn: F) -> F:
        fn.label = labeller
        fn.is_operation = True
        fn.says = says
        return fn
    return mark


def operations(module) -> dict[str, Callable]:
    """The public operations of an ops module, by name."""
    return {name: fn for name, fn in vars(module).items()
            if callable(fn) and getattr(fn, "is_operation", False) and not name.startswith("_")
            and getattr(fn, "__module__", None) == module.__name__}


from . import agenda, decisions, ideas, live, participants, roles, session, voting  # noqa: E402

MODULES = (ideas, participants, agenda, live, voting, roles, decisions, session)

__all__ = ["Label", "Said", "operation", "operations", "MODULES", "short", "agenda", "decisions",
           "ideas", "live", "participants", "roles", "session", "voting"]
