"""The join QR code decodes back to the room's URL, and that URL opens the room."""
from __future__ import annotations

import zxingcpp

from facilitator.room import qr

from .conftest import Phone


def decode(url: str, scale: int = 4) -> list[str]:
    rows = qr.modules(url)
    big = [[v for v in row for _ in range(scale)] for row in rows for _ in range(scale)]
    h, w = len(big), len(big[0])
    data = bytes(0 if v else 255 for row in big for v in row)
    found = zxingcpp.read_barcodes(zxingcpp.ImageView(data, w, h, zxingcpp.ImageFormat.Lum))
    return [r.text for r in found]


def test_the_qr_code_decodes_to_the_join_url(room):
    server = room[0]
    texts = decode(server.url)
    assert texts == [server.url.upper()]
    # what a phone's camera reads, typed into the address bar, opens the room
    path = texts[0].split(str(server.port), 1)[1]
    assert Phone(server.port).request("GET", path)[0] == 200


def test_the_svg_is_a_drawing_with_no_outside_reference():
    svg = qr.svg("http://127.0.0.1:8765/j/ABC234")
    assert svg.startswith("<svg") and "http://www.w3.org/2000/svg" in svg
    assert "href" not in svg
