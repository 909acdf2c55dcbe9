"""The démarche's report (facilitator/series.py) as Markdown, with the minutes' escaping: any
text a person typed renders as typed and never becomes a link, a heading or a table cell."""
from __future__ import annotations

import os
from pathlib import Path

from ..series import Bullets, Doc, Heading, Para, Table
from .markdown import escape, inline


def render(doc: Doc) -> str:
    out = [f"# {inline(doc.title)}", "", f"**{escape(doc.label('series_kind'), block=False)}**"
           f" · {escape(doc.subtitle, block=False)}", ""]
    for block in doc.blocks:
        if isinstance(block, Heading):
            out += ["#" * (block.level + 1) + " " + inline(block.text), ""]
        elif isinstance(block, Para):
            text = escape(block.text)
            if block.style == "meta":
                text = f"*{escape(block.text, block=False)}*"
            elif block.style == "note":
                text = f"> {escape(block.text, block=False)}"
            out += [text, ""]
        elif isinstance(block, Bullets):
            out += [f"- {escape(item, block=False)}" for item in block.items] + [""]
        elif isinstance(block, Table):
            align = ["---:" if i in block.right else "---" for i in range(len(block.header))]
            out.append("| " + " | ".join(inline(h) for h in block.header) + " |")
            out.append("| " + " | ".join(align) + " |")
            for n, row in enumerate(block.rows):
                cells = [inline(c) or " " for c in row]
                if n in block.strong:
                    cells = [f"**{c}**" if c.strip() else c for c in cells]
                out.append("| " + " | ".join(cells) + " |")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def write(doc: Doc, out: str | os.PathLike) -> Path:
    out = Path(out)
    out.write_text(render(doc), encoding="utf-8")
    return out
