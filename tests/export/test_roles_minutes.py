"""The role section of the minutes credits where the seven roles come from and gives each gap
its size, in every format and both languages."""
from __future__ import annotations

import pytest
from .export_readback import docx_text, pdf_text

from facilitator.export import formats
from facilitator.export.report import build_report


def test_the_role_section_carries_the_heading_and_the_source(small_store):
    rm = build_report(small_store, lang="fr").roles
    assert rm.heading == "Sept rôles en soutien au changement systémique"
    assert "Communagir" in rm.source and "Mapping momentum" in rm.source
    assert build_report(small_store, lang="en").roles.heading == \
        "Seven roles in support of systems change"


@pytest.mark.parametrize("fmt", ["md", "docx", "pdf"])
def test_every_format_credits_the_source_and_sizes_the_gaps(small_store, tmp_path, fmt):
    for lang, words in (("fr", ("Sept rôles en soutien au changement systémique",
                                "cadre de référence de Communagir", "Sinha et Draimin (2016)",
                                "aujourd'hui")),
                        ("en", ("Seven roles in support of systems change",
                                "Communagir's reference frame", "Sinha & Draimin (2016)",
                                "today"))):
        out = formats.export(small_store, fmt, tmp_path / f"pv-{lang}.{fmt}", lang=lang)
        text = (out.read_text(encoding="utf-8") if fmt == "md"
                else docx_text(out) if fmt == "docx" else pdf_text(out))
        flat = " ".join(text.replace("\u00a0", " ").split())
        for w in words:
            assert w in flat, (lang, fmt, w)
        assert "Les sept rôles du changement systémique" not in flat
