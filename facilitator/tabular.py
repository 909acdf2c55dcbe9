"""Reading lists that people bring as CSV or plain text (a list of participants exported from
Excel, the answers of a survey): encoding and separator detected, columns recognised."""
from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 20 * 1024 * 1024


@dataclass
class Table:
    header: list[str] | None   # None when the first row holds data
    rows: list[list[str]]
    delimiter: str
    encoding: str
    line_numbers: list[int] | None = None   # each row's line in the file (from 1), when known

    @property
    def width(self) -> int:
        return max([len(self.header or [])] + [len(r) for r in self.rows[:200]], default=0)


def decode(raw: bytes) -> tuple[str, str]:
    """Text and the encoding found: UTF-8 (with or without BOM), UTF-16 with BOM, else
    Windows-1252 (what Excel writes on a French Windows)."""
    if raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff"):
        return raw.decode("utf-16"), "utf-16"
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), "cp1252"


def fold(text: str) -> str:
    """Lower case without accents: for matching headers and near-duplicate text."""
    norm = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in norm if not unicodedata.combining(c))


def read_table(path: str | Path) -> Table:
    raw = Path(path).read_bytes()[:MAX_BYTES]
    text, encoding = decode(raw)
    return parse_table(text, encoding)


def parse_table(text: str, encoding: str = "utf-8") -> Table:
    sample = text[:20000]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        delimiter = ";" if sample.count(";") > sample.count(",") else ","
        if "\t" in sample and sample.count("\t") >= sample.count(delimiter):
            delimiter = "\t"
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    rows, lines = [], []
    start = 1
    for r in reader:
        if any(c.strip() for c in r):
            rows.append([c.strip() for c in r])
            lines.append(start)
        start = reader.line_num + 1
    header = None
    if rows:
        try:
            has_header = csv.Sniffer().has_header(sample)
        except csv.Error:
            has_header = False
        if has_header or any(guess_column(c) for c in rows[0]):
            header, rows, lines = rows[0], rows[1:], lines[1:]
    return Table(header, rows, delimiter, encoding, lines)


# Column names people use, folded (see fold()).
_COLUMNS = {
    "name": {"nom", "name", "nom complet", "full name", "participant", "participante",
             "prenom nom", "nom et prenom", "personne"},
    "organization": {"organisation", "organization", "organisme", "organism", "institution",
                     "employeur", "employer", "affiliation", "municipalite", "municipality"},
    "email": {"courriel", "email", "e-mail", "adresse courriel", "mail", "adresse electronique"},
    "present": {"present", "presente", "presence", "attendance", "here"},
    "first": {"prenom", "first name", "firstname", "given name"},
    "last": {"nom de famille", "last name", "lastname", "surname", "family name"},
}


def guess_column(header: str) -> str | None:
    key = fold(header).strip()
    for field, names in _COLUMNS.items():
        if key in names:
            return field
    return None


_TRUE = {"1", "oui", "yes", "o", "y", "x", "vrai", "true", "present", "presente", "p"}


def truthy(cell: str) -> bool:
    return fold(cell).strip() in _TRUE


def participants_from(table: Table, mapping: dict[str, int | None]) -> list[dict]:
    """Rows as participant dicts using mapping field -> column index; rows without a name
    are skipped. A separate first/last name pair is joined."""
    out = []
    for row in table.rows:
        cell = lambda f: (row[mapping[f]].strip()  # noqa: E731
                          if mapping.get(f) is not None and mapping[f] < len(row) else "")
        name = cell("name") or " ".join(p for p in (cell("first"), cell("last")) if p)
        if not name:
            continue
        out.append({"name": name, "organization": cell("organization") or None,
                    "email": cell("email") or None, "present": truthy(cell("present"))})
    return out


def skipped_rows(table: Table, mapping: dict[str, int | None]) -> list[int]:
    """The file's line numbers (1 = its first line, the header included) of the rows that
    participants_from leaves out because they have no name."""
    out = []
    first = 2 if table.header is not None else 1
    lines = table.line_numbers or [n + first for n in range(len(table.rows))]
    for n, row in enumerate(table.rows):
        cell = lambda f: (row[mapping[f]].strip()  # noqa: E731
                          if mapping.get(f) is not None and mapping[f] < len(row) else "")
        if not (cell("name") or cell("first") or cell("last")):
            out.append(lines[n])
    return out


def guess_mapping(table: Table) -> dict[str, int | None]:
    mapping: dict[str, int | None] = {k: None for k in _COLUMNS}
    if table.header:
        for i, h in enumerate(table.header):
            field = guess_column(h)
            if field and mapping[field] is None:
                mapping[field] = i
    if mapping["name"] is None and mapping["first"] is None and table.width:
        mapping["name"] = 0
    return mapping
