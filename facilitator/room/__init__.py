"""The room: participants' phones and other laptops take part over the room's own network.

`state` says what the room may see (never notes, never who proposed an idea when the session
hides authors, never anyone's ballot); `server` serves it with aiohttp in its own thread, as one
more client of the session engine; `qr` draws the join code.
"""
