"""A PDF export loads what it writes with, not the other writers: the first PDF of a session
does not wait for python-docx (0.4 s here) to be imported, nor a Word export for reportlab's layout engine
(the page sizes come from reportlab.lib: a small import)."""
from __future__ import annotations

import subprocess
import sys

CHILD = """
import sys
from facilitator.export import formats
from facilitator.store import Store
with Store.create(sys.argv[1] + '/s.atelier', 'Séance') as store:
    formats.export(store, sys.argv[2], sys.argv[1] + '/out.' + sys.argv[2])
print(' '.join(sorted(m for m in ('docx', 'reportlab.platypus', 'facilitator.export.docx',
                                  'facilitator.export.pdf') if m in sys.modules)))
"""


def loaded_by(fmt: str, tmp_path) -> set[str]:
    done = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path), fmt], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return set(done.stdout.split())


def test_a_pdf_export_does_not_load_the_word_writer(tmp_path):
    loaded = loaded_by("pdf", tmp_path)
    assert "facilitator.export.pdf" in loaded
    assert not loaded & {"docx", "facilitator.export.docx"}


def test_a_word_export_does_not_load_reportlab(tmp_path):
    loaded = loaded_by("docx", tmp_path)
    assert "facilitator.export.docx" in loaded
    assert not loaded & {"reportlab.platypus", "facilitator.export.pdf"}
