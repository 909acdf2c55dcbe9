"""The archive's optional key for the room (issue 15): new key only, the archive's `version`
stays 1, written only when ideas wait for approval.

- `pending_ideas`: [{"text", "table": a capture laptop's tag | null, "received_at"}], the ideas
  sent from the room that wait for the facilitator's approval, oldest first. They come back held
  (never on the wall), so that export → import loses none of them.
"""
from __future__ import annotations

from typing import Any

from ..room import approval


def add_keys(store, data: dict[str, Any]) -> None:
    held = approval.pending(store)
    if held:
        data["pending_ideas"] = [{"text": p.text, "table": p.table, "received_at": p.received_at}
                                 for p in held]


def validate_keys(v, data: dict[str, Any]) -> None:
    """Check the key with archive._V `v` (each refusal names its key and position)."""
    from .archive import _jtype

    held = v.get(data, "pending_ideas", "", (list,), required=False, nullable=True) or []
    for i, p in enumerate(held):
        path = f"pending_ideas[{i}]"
        if not isinstance(p, dict):
            v.fail("archive_type", path=path, expected="object", found=_jtype(p))
        v.text(p, "text", path, nonempty=True)
        v.text(p, "table", path, required=False, nullable=True)
        v.text(p, "received_at", path)


def import_keys(store, data: dict[str, Any]) -> None:
    for p in data.get("pending_ideas") or []:
        approval.hold(store, p["text"], p.get("table"), received_at=p["received_at"])
