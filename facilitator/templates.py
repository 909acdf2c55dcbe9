"""Workshop templates: ready-made agendas a facilitator picks from, one TOML file each.

Built-in templates are the `workshops/*.toml` files (found through `resources.workshops_dir()`,
so an installed wheel and a PyInstaller build find them too); the user's own are in
`paths.user_templates_dir()`. A template fills a new session: agenda, times, starting themes,
decision numbering. Its prompts and voting settings are suggestions the screens read from it.

File format (UTF-8 TOML)
------------------------
TEXT is either a table ``{ fr = "…", en = "…" }`` (at least one of the two; a missing language
takes the other's text) or a plain string (the same text in both languages). Keys this version
does not know are ignored, so that a newer template still opens in an older version.

    name = "priorites-mrc"       optional; when present, must equal the file name without .toml
    title = TEXT                 required
    description = TEXT           required: one or two sentences saying when to use it
    start_time = "08:30"         optional, HH:MM (24 h): suggested start
    end_time = "15:00"           optional, HH:MM, not before start_time
    decision_pattern = "CM-{yyyy}-{mm}-{nnn}"
                                 optional: how decisions are numbered; {yyyy} {yy} {mm} {dd} are
                                 the session's date, {nnn} the running number zero-padded to as
                                 many digits as there are n (rules: decisions.check_pattern)
    language = "fr"              optional, informative: the language a saved template was typed in

    [[agenda]]                   required, at least one, in running order
    minutes = 15                 required, whole number >= 0: planned duration
    title = TEXT                 required
    objective = TEXT             optional: what the item must produce
    method = TEXT                optional: how (tour de table, 1-2-4-tous, world café, …)
    notes = TEXT                 optional: notes for the facilitator
    materials = TEXT             optional
    kind = "evaluation"          optional: the closing item where the group rates the session
                                 and says what to keep or change (recorded, in the minutes)

    session_title = TEXT         optional: a démarche's first session's title (default: title)
    [[sessions]]                 optional: the template is a démarche; each block is a session
                                 that follows the first one (whose agenda is [[agenda]]), made
                                 « à la suite de » the previous one (`new --after --template`)
    title = TEXT                 required: the new session's title
    description = TEXT           optional: what this session is for
    start_time, end_time         optional, as above (default: the template's)
    [[sessions.agenda]]          required, at least one: as [[agenda]]

    [[prompts]]                  optional: questions shown while ideas are captured;
    fr = "…"                     each block is itself a TEXT table
    en = "…"

    [[themes]]                   optional: starting themes to group ideas into
    title = TEXT                 required
    color = "#e07a5f"            optional, #rrggbb

    [voting]                     optional: suggested dot-voting settings
    target = "themes"            "ideas" (default) or "themes"
    dots_per_participant = 3     whole number >= 1, or "auto" (default: the app proposes about a
                                 third of the candidates, see voting.suggested_budget)
    max_per_item = 2             optional whole number >= 1; absent: no cap
    anonymous = false            default true; false: each person's dots are shown by name

    [council]                    optional: the session is a council meeting that decides by
                                 voices (an MRC council; rules: facilitator.council)
    rule = "double_majority"     "double_majority" (default) | "simple" (majority of voices)
    prefect_at_large = false     default false: the préfet is elected at large
    quorum = "third_members_half_voices"
                                 default; "none": no quorum rule

Errors name the file and the key; positions count from 1, as a person counts the ``[[agenda]]``
blocks: « priorites-mrc.toml : agenda[3].minutes : nombre entier attendu (trouvé "quinze") ».
"""
from __future__ import annotations

import contextlib
import json
import os
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .agenda import parse_hhmm
from .decisions import check_pattern
from .catalogue import text as say
from .errors import FacilitatorError, FileError
from .i18n import LANGUAGES, current_language

SUFFIX = ".toml"
_COLOR = re.compile(r"#[0-9a-fA-F]{6}")
_LINE = re.compile(r"\(at line (\d+), column \d+\)")


class TemplateError(FacilitatorError):
    """A template file was refused; the message names the file and the key.

    `inner`, when given, is another FacilitatorError (e.g. from decisions.check_pattern) whose
    sentence is put, in the same language, after the file and the key."""

    def message(self, lang: str | None = None) -> str:
        inner = self.params.get("inner")
        if isinstance(inner, FacilitatorError):
            lang = lang or current_language()
            return TemplateError(self.key, **{**self.params,
                                              "inner": inner.message(lang)}).message(lang)
        return super().message(lang)


@dataclass
class TemplateItem:
    title: dict[str, str]
    minutes: int
    objective: dict[str, str] | None = None
    method: dict[str, str] | None = None
    notes: dict[str, str] | None = None
    materials: dict[str, str] | None = None
    kind: str | None = None     # "evaluation": the closing item where the group rates the session

    def text(self, key: str, lang: str) -> str | None:
        """One text of the item (title, objective, method, notes, materials) in lang."""
        value = getattr(self, key)
        return None if value is None else _in(value, lang)


#: What an agenda item can be besides a time slot (agenda_item.kind).
ITEM_KINDS = ("evaluation",)


@dataclass
class TemplateStep:
    """One session of a template that is a démarche: its title, what it is for, its agenda."""
    titles: dict[str, str]
    descriptions: dict[str, str] | None
    items: list[TemplateItem]
    start_time: str | None = None
    end_time: str | None = None

    def title(self, lang: str) -> str:
        return _in(self.titles, lang)

    def description(self, lang: str) -> str:
        return _in(self.descriptions, lang) if self.descriptions else ""


@dataclass
class Template:
    name: str
    path: Path
    builtin: bool
    titles: dict[str, str]
    descriptions: dict[str, str]
    items: list[TemplateItem] = field(default_factory=list)
    prompts: list[dict[str, str]] = field(default_factory=list)
    # each {"title": {"fr": …, "en": …}, "color": "#rrggbb" | None}
    themes: list[dict] = field(default_factory=list)
    # {"target": "ideas"|"themes", "dots_per_participant": int|"auto",
    #  "max_per_item": int|None, "anonymous": bool}
    voting: dict = field(default_factory=dict)
    start_time: str | None = None
    end_time: str | None = None
    decision_pattern: str | None = None
    language: str | None = None
    # {"rule": …, "prefect_at_large": bool, "quorum": … | None}; None: not a council meeting
    council: dict | None = None
    # a démarche (issue 16): the sessions that follow the first one (whose agenda is `items`)
    sessions: list[TemplateStep] = field(default_factory=list)
    # the first session's own title when the template is a démarche (default: the title)
    session_titles: dict[str, str] | None = None

    @property
    def steps(self) -> list[TemplateStep]:
        """Every session of the template, the first one (its own title and agenda) included."""
        return [TemplateStep(self.session_titles or self.titles, self.descriptions, self.items,
                             self.start_time, self.end_time), *self.sessions]

    def title(self, lang: str) -> str:
        return _in(self.titles, lang)

    def description(self, lang: str) -> str:
        return _in(self.descriptions, lang)

    def total_minutes(self) -> int:
        return sum(it.minutes for it in self.items)


def _in(text: dict[str, str], lang: str) -> str:
    return text.get(lang) or text.get("fr") or text.get("en") or ""


# ------------------------------------------------------------------------------------------
# finding templates
def builtin_dir() -> Path:
    from facilitator_resources import workshops_dir

    return workshops_dir()


def _files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.glob("*" + SUFFIX) if p.is_file()), key=lambda p: p.stem)


def list_templates(*, errors: list[TemplateError] | None = None) -> list[Template]:
    """Built-in templates, then the user's own, each group sorted by name.

    A user file that cannot be read is skipped; pass a list as `errors` to receive why."""
    from .paths import user_templates_dir

    out = [parse_template(p, builtin=True) for p in _files(builtin_dir())]
    for path in _files(user_templates_dir()):
        try:
            out.append(parse_template(path, builtin=False))
        except TemplateError as exc:
            if errors is not None:
                errors.append(exc)
    return out


def load_template(name_or_path: str) -> Template:
    """A template by name (built-in first, then the user's own) or by the path of a .toml file.

    Unknown name: FacilitatorError("unknown_template"); unreadable file: TemplateError."""
    from .paths import user_templates_dir

    text = str(name_or_path)
    is_path = os.sep in text or bool(os.altsep and os.altsep in text)
    if text.endswith(SUFFIX) and not is_path and not Path(text).is_file():
        text = text[:-len(SUFFIX)]   # "priorites-mrc.toml" typed as a name
    elif text.endswith(SUFFIX) or is_path:
        path = Path(text)
        if not path.is_file():
            raise FileError("not_found", file=text)
        builtin = path.resolve().parent == builtin_dir().resolve()
        return parse_template(path, builtin=builtin)
    for folder, builtin in ((builtin_dir(), True), (user_templates_dir(), False)):
        path = folder / (text + SUFFIX)
        if text and path.is_file():
            return parse_template(path, builtin=builtin)
    raise FacilitatorError("unknown_template", name=text)


# ------------------------------------------------------------------------------------------
# reading one file
class _Reader:
    """Validates the parsed TOML of one file, raising TemplateError with file and key."""

    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, key: str, **params: Any) -> None:
        raise TemplateError(key, file=self.file, **params)

    def text(self, table: dict, key: str, path: str, *, required: bool) -> dict[str, str] | None:
        p = _join(path, key)
        if key not in table:
            if required:
                self.fail("template_missing", path=p)
            return None
        return self.text_value(table[key], p, required=required)

    def text_value(self, value: Any, p: str, *, required: bool) -> dict[str, str] | None:
        """TEXT at path p: a string (both languages) or a {fr, en} table, both filled."""
        if isinstance(value, str):
            if not value.strip():
                if required:
                    self.fail("template_missing", path=p)
                return None
            return {lang: value for lang in LANGUAGES}
        if not isinstance(value, dict):
            self.fail("template_text", path=p, found=_found(value))
        out: dict[str, str] = {}
        for lang in LANGUAGES:
            v = value.get(lang)
            if v is None:
                continue
            if not isinstance(v, str):
                self.fail("template_text", path=f"{p}.{lang}", found=_found(v))
            if v.strip():
                out[lang] = v
        if not out:
            if required:
                self.fail("template_missing", path=f"{p}.fr")
            return None
        for lang in LANGUAGES:  # a missing language takes the other's text
            out.setdefault(lang, next(iter(out.values())))
        return {lang: out[lang] for lang in LANGUAGES}

    def integer(self, table: dict, key: str, path: str, *, minimum: int,
                required: bool = True) -> int | None:
        p = _join(path, key)
        if key not in table:
            if required:
                self.fail("template_missing", path=p)
            return None
        value = table[key]
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail("template_integer", path=p, found=_found(value))
        if value < minimum:
            self.fail("template_min", path=p, min=minimum, found=value)
        return value

    def time(self, table: dict, key: str, path: str = "") -> str | None:
        if key not in table:
            return None
        value = table[key]
        try:
            if not isinstance(value, str) or parse_hhmm(value) is None:
                raise ValueError
        except ValueError:
            self.fail("template_time", path=_join(path, key), found=_found(value))
        h, m = value.split(":")
        return f"{int(h):02d}:{m}"

    def table(self, table: dict, key: str, path: str = "") -> dict | None:
        if key not in table:
            return None
        value = table[key]
        if not isinstance(value, dict):
            self.fail("template_table", path=_join(path, key), found=_found(value))
        return value

    def tables(self, table: dict, key: str, *, required: bool = False,
               path: str = "") -> list[tuple[str, Any]]:
        """The blocks of a [[key]] list, each with its path (key[1], key[2], …; under `path`
        when the list is inside a block: sessions[1].agenda[2])."""
        where = _join(path, key)
        if key not in table:
            if required:
                self.fail("template_missing", path=where)
            return []
        value = table[key]
        if not isinstance(value, list):
            self.fail("template_list", path=where, found=_found(value))
        if required and not value:
            self.fail("template_empty", path=where)
        return [(f"{where}[{i}]", v) for i, v in enumerate(value, start=1)]


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _found(value: Any) -> str:
    if isinstance(value, dict):
        return "{…}"
    if isinstance(value, list):
        return "[…]"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:39] + "…\""


def parse_template(path: Path, *, builtin: bool) -> Template:
    """Read and check one template file. Raises TemplateError naming the file and the key."""
    path = Path(path)
    file = path.name
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise TemplateError("template_unreadable", file=file,
                            detail=exc.strerror or str(exc)) from None
    try:
        source = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TemplateError("template_encoding", file=file, position=exc.start) from None
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        raise _syntax_error(file, source, str(exc)) from None
    return _build(_Reader(file), data, path, builtin)


def _build(r: _Reader, data: dict, path: Path, builtin: bool) -> Template:
    name = path.stem
    if "name" in data and data["name"] != name:
        r.fail("template_name", found=str(data["name"]), expected=name)
    titles = r.text(data, "title", "", required=True)
    descriptions = r.text(data, "description", "", required=True)
    start, end = r.time(data, "start_time"), r.time(data, "end_time")
    if start and end and parse_hhmm(end) < parse_hhmm(start):
        r.fail("template_time_order", start=start, end=end)
    pattern = data.get("decision_pattern")
    if pattern is not None:
        if not isinstance(pattern, str):
            r.fail("template_text", path="decision_pattern", found=_found(pattern))
        try:
            pattern = check_pattern(pattern)
        except FacilitatorError as exc:
            r.fail("template_pattern", inner=exc)
    language = data.get("language")
    if language is not None and language not in LANGUAGES:
        r.fail("template_choice", path="language", found=_found(language),
               expected=" | ".join(LANGUAGES))

    items = _items(r, data)
    sessions = []   # a démarche: the sessions after this one (issue 16)
    for p, block in r.tables(data, "sessions"):
        if not isinstance(block, dict):
            r.fail("template_table", path=p, found=_found(block))
        s_start, s_end = r.time(block, "start_time", p), r.time(block, "end_time", p)
        s_start, s_end = s_start or start, s_end or end
        if s_start and s_end and parse_hhmm(s_end) < parse_hhmm(s_start):
            r.fail("template_time_order", start=s_start, end=s_end)
        sessions.append(TemplateStep(titles=r.text(block, "title", p, required=True),
                                     descriptions=r.text(block, "description", p,
                                                         required=False),
                                     items=_items(r, block, p),
                                     start_time=s_start, end_time=s_end))

    prompts = [r.text_value(block, p, required=True) for p, block in r.tables(data, "prompts")]

    themes = []
    for p, block in r.tables(data, "themes"):
        if not isinstance(block, dict):
            r.fail("template_table", path=p, found=_found(block))
        color = block.get("color")
        if color is not None and not (isinstance(color, str) and _COLOR.fullmatch(color)):
            r.fail("template_color", path=f"{p}.color", found=_found(color))
        themes.append({"title": r.text(block, "title", p, required=True), "color": color})

    return Template(name=name, path=path, builtin=builtin, titles=titles,
                    descriptions=descriptions, items=items, prompts=prompts, themes=themes,
                    voting=_voting(r, data), start_time=start, end_time=end,
                    decision_pattern=pattern, language=language, council=_council(r, data),
                    sessions=sessions,
                    session_titles=r.text(data, "session_title", "", required=False))


def _items(r: _Reader, data: dict, path: str = "") -> list[TemplateItem]:
    """The [[agenda]] blocks of the template or of one of its [[sessions]]."""
    items = []
    for p, block in r.tables(data, "agenda", required=True, path=path):
        if not isinstance(block, dict):
            r.fail("template_table", path=p, found=_found(block))
        kind = block.get("kind")
        if kind is not None and kind not in ITEM_KINDS:
            r.fail("template_choice", path=f"{p}.kind", found=_found(kind),
                   expected=" | ".join(ITEM_KINDS))
        items.append(TemplateItem(
            title=r.text(block, "title", p, required=True),
            minutes=r.integer(block, "minutes", p, minimum=0),
            objective=r.text(block, "objective", p, required=False),
            method=r.text(block, "method", p, required=False),
            notes=r.text(block, "notes", p, required=False),
            materials=r.text(block, "materials", p, required=False),
            kind=kind))
    return items


def _council(r: _Reader, data: dict) -> dict | None:
    """The [council] table (issue 17), or None."""
    from .council import QUORUM_RULES, RULES

    table = r.table(data, "council")
    if table is None:
        return None
    rule = table.get("rule", "double_majority")
    if rule not in RULES:
        r.fail("template_choice", path="council.rule", found=_found(rule),
               expected=" | ".join(RULES))
    at_large = table.get("prefect_at_large", False)
    if not isinstance(at_large, bool):
        r.fail("template_bool", path="council.prefect_at_large", found=_found(at_large))
    quorum = table.get("quorum", QUORUM_RULES[0])
    if quorum not in (*QUORUM_RULES, "none"):
        r.fail("template_choice", path="council.quorum", found=_found(quorum),
               expected=" | ".join((*QUORUM_RULES, "none")))
    return {"rule": rule, "prefect_at_large": at_large,
            "quorum": None if quorum == "none" else quorum}


def _voting(r: _Reader, data: dict) -> dict:
    table = r.table(data, "voting") or {}
    target = table.get("target", "ideas")
    if target not in ("ideas", "themes"):
        r.fail("template_choice", path="voting.target", found=_found(target),
               expected="ideas | themes")
    dots = table.get("dots_per_participant", "auto")
    if dots != "auto":
        if isinstance(dots, str):
            r.fail("template_choice", path="voting.dots_per_participant", found=_found(dots),
                   expected="\"auto\" | 1, 2, 3…")
        dots = r.integer(table, "dots_per_participant", "voting", minimum=1)
    cap = r.integer(table, "max_per_item", "voting", minimum=1, required=False)
    anonymous = table.get("anonymous", True)
    if not isinstance(anonymous, bool):
        r.fail("template_bool", path="voting.anonymous", found=_found(anonymous))
    return {"target": target, "dots_per_participant": dots, "max_per_item": cap,
            "anonymous": anonymous}


def _syntax_error(file: str, source: str, detail: str) -> TemplateError:
    """Name the key on the line tomllib stopped at, from the table headers above it."""
    m = _LINE.search(detail)
    lines = source.splitlines()
    line = int(m.group(1)) if m else len(lines)
    reason = _LINE.sub("", detail).replace("(at end of document)", "").strip()
    table, counts = "", {}
    for text in lines[:line - 1]:
        s = text.strip()
        head = re.fullmatch(r"\[\[\s*([A-Za-z0-9_.-]+)\s*\]\]\s*(#.*)?", s)
        if head:
            counts[head.group(1)] = counts.get(head.group(1), 0) + 1
            table = f"{head.group(1)}[{counts[head.group(1)]}]"
            continue
        head = re.fullmatch(r"\[\s*([A-Za-z0-9_.-]+)\s*\]\s*(#.*)?", s)
        if head:
            table = head.group(1)
    here = lines[line - 1] if 0 < line <= len(lines) else ""
    key = re.match(r"\s*([A-Za-z0-9_.-]+)\s*=", here)
    if key:
        return TemplateError("template_syntax", file=file, path=_join(table, key.group(1)),
                             line=line, detail=reason)
    if table:
        return TemplateError("template_syntax", file=file, path=table, line=line,
                             detail=reason)
    return TemplateError("template_syntax_line", file=file, line=line, detail=reason)


# ------------------------------------------------------------------------------------------
# using a template
def sessions_summary(tpl: Template, lang: str) -> str:
    """« 3 séances : 1. X · 2. Y · 3. Z » for a démarche ("" for a template of one session)."""
    if len(tpl.steps) < 2:
        return ""
    listed = " · ".join(f"{n}. {step.title(lang)}" for n, step in enumerate(tpl.steps, 1))
    return say("template_sessions", lang, n=len(tpl.steps), listed=listed)


def step_sentence(tpl: Template, step: int, lang: str) -> str:
    """« Séance 2 sur 3 de la démarche « X » : Y. » ("" for a template of one session)."""
    if len(tpl.steps) < 2:
        return ""
    name, title = tpl.title(lang), tpl.steps[step - 1].title(lang)
    return say("template_step", lang, step=step, n=len(tpl.steps), name=name, title=title)


def apply_template(store, tpl: Template, lang: str, step: int = 1) -> None:
    """Fill an open store from a template, in one language: agenda items (after any already
    there) of its session `step` (1: its own agenda; a démarche has more, see Template.steps),
    start and end time, starting themes, decision pattern. Participants are untouched.
    The caller wraps this in a transaction (or store.recorded)."""
    if not 1 <= step <= len(tpl.steps):
        raise ValueError(f"step must be 1..{len(tpl.steps)}, not {step}")
    for it in tpl.steps[step - 1].items:
        item_id = store.agenda.add(it.text("title", lang), it.minutes, it.text("objective", lang),
                                   it.text("method", lang), it.text("notes", lang),
                                   it.text("materials", lang))
        if it.kind == "evaluation":
            store.evaluation.set_item(item_id, True)
    if tpl.sessions:
        store.demarche.set_step(step)
    details: dict[str, str] = {}
    chosen = tpl.steps[step - 1]
    if chosen.start_time:
        details["start_time"] = chosen.start_time
    if chosen.end_time:
        details["end_time"] = chosen.end_time
    if tpl.decision_pattern:
        details["decision_pattern"] = tpl.decision_pattern
    if details:
        store.session.update(**details)
    for theme in tpl.themes:
        store.ideas.add_theme(_in(theme["title"], lang), theme.get("color"))
    if tpl.council is not None:    # a council meeting (issue 17); the préfet is set later
        store.council.set_settings(rule=tpl.council["rule"],
                                   prefect_at_large=tpl.council["prefect_at_large"],
                                   quorum=tpl.council["quorum"])


def slugify(name: str) -> str:
    """A file name from what a person typed: « Atelier d'été 2027 » -> "atelier-d-ete-2027".
    Accents are dropped from Latin letters; other letters (syllabics) are kept."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = unicodedata.normalize("NFC", plain).lower()
    slug = re.sub(r"[^\w]+|_+", "-", plain).strip("-")
    return slug[:80].strip("-")


def save_as_template(store, name: str, *, title: str | None = None,
                     lang: str | None = None) -> Path:
    """Write the session's agenda, times, themes, decision pattern (and the suggested voting
    settings of its first round) as the user's own template. The session's text fills both
    languages; `lang` records which language it was typed in (default: the session's).

    Refuses to replace an existing template, built-in or the user's (FileError "exists")."""
    from .paths import user_templates_dir

    slug = slugify(name)
    if not slug:
        raise FacilitatorError("template_bad_name", name=name)
    folder = user_templates_dir()
    dest = folder / (slug + SUFFIX)
    if dest.exists() or (builtin_dir() / dest.name).exists():
        raise FileError("exists", file=str(dest))
    session = store.session.get()
    lang = lang if lang in LANGUAGES else session.language
    items = store.agenda.list()
    evaluation_items = set(store.evaluation.items())
    if not items:
        raise TemplateError("template_empty", file=dest.name, path="agenda")
    shown = title.strip() if title and title.strip() else session.title
    lines = [
        "# " + say("template_saved_from", "fr", title=session.title).replace("\n", " "),
        f"name = {_q(slug)}",
        f"language = {_q(lang)}",
        f"title = {_both(shown)}",
        "description = { fr = %s, en = %s }" % (
            _q(say("template_saved_from", "fr", title=session.title) + "."),
            _q(say("template_saved_from", "en", title=session.title) + ".")),
    ]
    for key, check in (("start_time", parse_hhmm), ("end_time", parse_hhmm),
                       ("decision_pattern", check_pattern)):
        value = getattr(session, key)
        with contextlib.suppress(FacilitatorError, ValueError):  # keep only what reads back
            if value:
                check(value)
                lines.append(f"{key} = {_q(value)}")
    rounds = store.voting.rounds()
    if rounds:
        rnd = rounds[0]
        lines += ["", "[voting]", f"target = {_q(rnd.target)}",
                  f"dots_per_participant = {rnd.dots_per_participant}"]
        if rnd.max_per_item is not None:
            lines.append(f"max_per_item = {rnd.max_per_item}")
        lines.append(f"anonymous = {'true' if rnd.anonymous else 'false'}")
    council = store.council.settings()
    if council is not None:
        lines += ["", "[council]", f"rule = {_q(council.rule)}",
                  f"prefect_at_large = {'true' if council.prefect_at_large else 'false'}",
                  f"quorum = {_q(council.quorum or 'none')}"]
    for it in items:
        lines += ["", "[[agenda]]", f"minutes = {it.planned_minutes}",
                  f"title = {_both(it.title)}"]
        if it.id in evaluation_items:   # the session's evaluation (issue 16)
            lines.append('kind = "evaluation"')
        for key in ("objective", "method", "notes", "materials"):
            value = getattr(it, key)
            if value and value.strip():
                lines.append(f"{key} = {_both(value)}")
    for prompt in _prompts_of(store):
        lines += ["", "[[prompts]]", f"fr = {_q(prompt['fr'])}", f"en = {_q(prompt['en'])}"]
    for theme in store.ideas.themes():
        lines += ["", "[[themes]]", f"title = {_both(theme.title)}"]
        if theme.color and _COLOR.fullmatch(theme.color):
            lines.append(f"color = {_q(theme.color)}")
    _write_new(dest, "\n".join(lines) + "\n")
    return dest


def _prompts_of(store) -> list[dict[str, str]]:
    """The prompts of the template the session was made from, when it can still be read."""
    name = store.session.template()
    if not name:
        return []
    with contextlib.suppress(FacilitatorError):
        return load_template(name).prompts
    return []


def _write_new(dest: Path, text: str) -> None:
    """Write to a temporary file, check it reads back as a template, then link it into place
    (never replacing a file that appeared meanwhile)."""
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.saving")
    try:
        tmp.write_text(text, encoding="utf-8")
        _check(tmp, dest)
        os.link(tmp, dest)
    except FileExistsError:
        raise FileError("exists", file=str(dest)) from None
    except OSError as exc:
        if exc.errno == 28:
            raise FileError("disk_full", file=str(dest)) from None
        raise FileError("cannot_create", file=str(dest),
                        detail=exc.strerror or str(exc)) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _check(tmp: Path, dest: Path) -> None:
    data = tomllib.loads(tmp.read_text(encoding="utf-8"))
    _build(_Reader(dest.name), data, dest, False)


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f",
            "\r": "\\r"}


def _q(text: str) -> str:
    """A TOML basic string; text kept as typed (accents, « », syllabics, emoji)."""
    out = []
    for c in text:
        if c in _ESCAPES:
            out.append(_ESCAPES[c])
        elif ord(c) < 0x20 or ord(c) == 0x7F:
            out.append(f"\\u{ord(c):04X}")
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def _both(text: str) -> str:
    return "{ fr = %s, en = %s }" % (_q(text), _q(text))
