"""The join QR code: the room's URL, drawn with segno (pure Python).

The URL is encoded in upper case (``HTTP://IP:PORT/J/CODE``): QR codes store upper-case letters,
digits and ``:/.`` in their compact alphanumeric mode, so the code is smaller and reads from
further away on the projector; the scheme and host are case-insensitive and the server answers
``/J/CODE`` as ``/j/code``.
"""
from __future__ import annotations

import io

import segno


def encoded(url: str) -> str:
    return url.upper()


def make(url: str) -> segno.QRCode:
    return segno.make(encoded(url), error="m", micro=False)


def modules(url: str) -> list[list[bool]]:
    """Rows of dark (True) / light modules, with the standard quiet zone of 4 modules, to be
    painted by the room view at any size."""
    return [[bool(v) for v in row] for row in make(url).matrix_iter(scale=1, border=4)]


def svg(url: str, scale: int = 8) -> str:
    out = io.BytesIO()
    make(url).save(out, kind="svg", scale=scale, border=4, xmldecl=False)
    return out.getvalue().decode("utf-8")
