"""Small rules about user text shared by the export formats."""
from __future__ import annotations

import re

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_NEWLINES = re.compile("\r\n?")


def xml_safe(text: str) -> str:
    """Text an XML 1.0 document can hold: characters XML forbids become U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def printable(text: str) -> str:
    """Text to show on a page or a terminal: line breaks as \\n; every other control character
    (bell, escape, C1 controls...) becomes U+FFFD, the sign for a character that cannot be
    shown."""
    return _CONTROL.sub("\ufffd", _NEWLINES.sub("\n", text))
