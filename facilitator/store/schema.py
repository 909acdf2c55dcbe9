"""The schema of a session file, and the migrations that bring an older file up to date.

`SCHEMA_VERSION` is written in `PRAGMA user_version`; `APPLICATION_ID` in `PRAGMA application_id`
identifies a Facilitateur session among SQLite files ("FACI" in ASCII).
"""
from __future__ import annotations

APPLICATION_ID = 0x46414349  # b"FACI"
SCHEMA_VERSION = 9

SCHEMA_V1 = """
CREATE TABLE session (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    title TEXT NOT NULL,
    date TEXT,
    start_time TEXT,
    end_time TEXT,
    place TEXT,
    organizer TEXT,
    facilitators TEXT NOT NULL DEFAULT '[]',
    language TEXT NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'en')),
    notes TEXT,
    decision_pattern TEXT NOT NULL DEFAULT '{yyyy}-{nnn}',
    hide_authors INTEGER NOT NULL DEFAULT 0,
    template TEXT,
    uid TEXT NOT NULL DEFAULT (lower(hex(randomblob(16)))),  -- names its snapshots
    created_at TEXT NOT NULL
);
CREATE TABLE participant (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    organization TEXT,
    email TEXT,
    present INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE agenda_item (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    objective TEXT,
    method TEXT,
    planned_minutes INTEGER NOT NULL DEFAULT 0 CHECK (planned_minutes >= 0),
    actual_seconds INTEGER CHECK (actual_seconds IS NULL OR actual_seconds >= 0),
    notes TEXT,
    materials TEXT,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE theme (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    color TEXT,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE idea (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    theme_id INTEGER REFERENCES theme(id) ON DELETE SET NULL,
    agenda_item_id INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL,
    author_id INTEGER REFERENCES participant(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX idea_theme ON idea(theme_id);
CREATE TABLE round (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    target TEXT NOT NULL DEFAULT 'ideas' CHECK (target IN ('ideas', 'themes')),
    dots_per_participant INTEGER NOT NULL CHECK (dots_per_participant >= 1),
    max_per_item INTEGER CHECK (max_per_item IS NULL OR max_per_item >= 1),
    anonymous INTEGER NOT NULL DEFAULT 1,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
    revealed INTEGER NOT NULL DEFAULT 0,
    parent_round_id INTEGER REFERENCES round(id) ON DELETE SET NULL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE round_candidate (
    round_id INTEGER NOT NULL REFERENCES round(id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (round_id, item_id)
);
CREATE TABLE vote (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES round(id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL,
    participant_id INTEGER REFERENCES participant(id) ON DELETE CASCADE,
    dots INTEGER NOT NULL CHECK (dots >= 1)
);
CREATE INDEX vote_round ON vote(round_id);
CREATE TABLE actor (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE actor_role (
    actor_id INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    current INTEGER NOT NULL DEFAULT 0 CHECK (current BETWEEN 0 AND 3),
    desired INTEGER NOT NULL DEFAULT 0 CHECK (desired BETWEEN 0 AND 3),
    PRIMARY KEY (actor_id, role)
);
CREATE TABLE decision (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,
    proposed_by INTEGER REFERENCES participant(id) ON DELETE SET NULL,
    seconded_by INTEGER REFERENCES participant(id) ON DELETE SET NULL,
    outcome TEXT NOT NULL DEFAULT 'adopted'
        CHECK (outcome IN ('adopted', 'adopted_unanimously', 'rejected', 'deferred')),
    votes_for INTEGER,
    votes_against INTEGER,
    abstentions INTEGER,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE action (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL,
    owner TEXT,
    due TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
    idea_id INTEGER REFERENCES idea(id) ON DELETE SET NULL,
    position INTEGER NOT NULL DEFAULT 0
);
-- Where a live run of the agenda stands, so that a crash or a quit resumes it (one row).
CREATE TABLE live_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    state TEXT NOT NULL
);
"""

# Format 2: who has voted in an anonymous round, and deleted ideas or themes leave no dots.
SCHEMA_V2 = """
-- Who has cast a ballot at the laptop in an anonymous round: never what they chose (their dots
-- only add to the unnamed totals), so that nobody votes twice.
CREATE TABLE IF NOT EXISTS ballot_cast (
    round_id INTEGER NOT NULL REFERENCES round(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    PRIMARY KEY (round_id, participant_id)
);
-- A deleted idea or theme leaves no dots nor candidacy behind in the rounds that voted on it.
CREATE TRIGGER IF NOT EXISTS idea_gone_from_rounds AFTER DELETE ON idea BEGIN
    DELETE FROM vote WHERE item_id = old.id
        AND round_id IN (SELECT id FROM round WHERE target = 'ideas');
    DELETE FROM round_candidate WHERE item_id = old.id
        AND round_id IN (SELECT id FROM round WHERE target = 'ideas');
END;
CREATE TRIGGER IF NOT EXISTS theme_gone_from_rounds AFTER DELETE ON theme BEGIN
    DELETE FROM vote WHERE item_id = old.id
        AND round_id IN (SELECT id FROM round WHERE target = 'themes');
    DELETE FROM round_candidate WHERE item_id = old.id
        AND round_id IN (SELECT id FROM round WHERE target = 'themes');
END;
DELETE FROM vote WHERE round_id IN (SELECT id FROM round WHERE target = 'ideas')
    AND item_id NOT IN (SELECT id FROM idea);
DELETE FROM vote WHERE round_id IN (SELECT id FROM round WHERE target = 'themes')
    AND item_id NOT IN (SELECT id FROM theme);
DELETE FROM round_candidate WHERE round_id IN (SELECT id FROM round WHERE target = 'ideas')
    AND item_id NOT IN (SELECT id FROM idea);
DELETE FROM round_candidate WHERE round_id IN (SELECT id FROM round WHERE target = 'themes')
    AND item_id NOT IN (SELECT id FROM theme);
"""

# Format 3 (issue 12): the facilitator may mark an actor whose many roles are a risk (the role
# map's overload, facilitator.rolemap.overload_reason); merged ideas keep the other texts; unnamed
# dots say whether they were counted on paper or came from anonymous ballots, so that the two add up.
SCHEMA_V3 = """
ALTER TABLE actor ADD COLUMN overload_flag INTEGER NOT NULL DEFAULT 0
    CHECK (overload_flag IN (0, 1));
-- The texts of ideas merged into another one: the idea shows one text, the others stay here.
CREATE TABLE IF NOT EXISTS idea_merged (
    id INTEGER PRIMARY KEY,
    idea_id INTEGER NOT NULL REFERENCES idea(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    merged_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS idea_merged_idea ON idea_merged(idea_id);
-- 1: dots of anonymous ballots (added up, linked to nobody); 0: counted on paper (or named).
ALTER TABLE vote ADD COLUMN ballot INTEGER NOT NULL DEFAULT 0;
"""

# Council meetings (issue 17, area h-council): a participant's municipality, voices, population
# and group; the council's decision rule; each decision's roll call, with the préfet's casting
# vote and the quorum as it stood. Self-contained: only new columns and new tables.
SCHEMA_COUNCIL = """
ALTER TABLE participant ADD COLUMN municipality TEXT;
ALTER TABLE participant ADD COLUMN voices INTEGER CHECK (voices IS NULL OR voices >= 0);
ALTER TABLE participant ADD COLUMN population INTEGER
    CHECK (population IS NULL OR population >= 0);
ALTER TABLE participant ADD COLUMN group_name TEXT;
-- One row when the session is a council meeting.
CREATE TABLE IF NOT EXISTS council (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    rule TEXT NOT NULL DEFAULT 'double_majority' CHECK (rule IN ('simple', 'double_majority')),
    prefect_id INTEGER REFERENCES participant(id) ON DELETE SET NULL,
    prefect_at_large INTEGER NOT NULL DEFAULT 0,
    quorum TEXT CHECK (quorum IS NULL OR quorum IN ('third_members_half_voices'))
);
CREATE TABLE IF NOT EXISTS roll_call (
    decision_id INTEGER NOT NULL REFERENCES decision(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    vote TEXT NOT NULL CHECK (vote IN ('for', 'against', 'abstain', 'absent', 'conflict')),
    PRIMARY KEY (decision_id, participant_id)
);
-- Anonymous rounds broken down by group: a ballot cast by a person with a group adds its dots
-- to its group's unnamed totals, and one to its group's ballots (never who, never which).
CREATE TABLE IF NOT EXISTS group_ballots (
    round_id INTEGER NOT NULL REFERENCES round(id) ON DELETE CASCADE,
    group_name TEXT NOT NULL,
    voters INTEGER NOT NULL DEFAULT 0 CHECK (voters >= 0),
    PRIMARY KEY (round_id, group_name)
);
CREATE TABLE IF NOT EXISTS group_dots (
    round_id INTEGER NOT NULL REFERENCES round(id) ON DELETE CASCADE,
    group_name TEXT NOT NULL,
    item_id INTEGER NOT NULL,
    dots INTEGER NOT NULL DEFAULT 0 CHECK (dots >= 0),
    PRIMARY KEY (round_id, group_name, item_id)
);
-- The préfet's casting vote and the quorum recorded when the roll call was taken (JSON).
-- members: the members' voices and populations and the council's rule as they stood (JSON),
-- so that the minutes explain a decision as it was taken, whatever is edited afterwards.
CREATE TABLE IF NOT EXISTS decision_council (
    decision_id INTEGER PRIMARY KEY REFERENCES decision(id) ON DELETE CASCADE,
    casting_vote TEXT CHECK (casting_vote IS NULL OR casting_vote IN ('for', 'against')),
    quorum TEXT,
    members TEXT
);
"""

# Sessions that follow one another (issue 16, « la démarche »): the link to the previous session,
# the starting point of its numbering, the role levels it ended with, and where each carried
# action was first recorded. Self-contained: only new tables and new columns.
SCHEMA_SERIES = """
-- The session this one follows (one row at most): its uid, title and date, so that a chain can
-- be followed even when files are moved; and the last running number of its decisions in
-- numbering_year (NULL year: a pattern without a year), from which this session's continue.
CREATE TABLE IF NOT EXISTS previous_session (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    uid TEXT NOT NULL,
    title TEXT,
    date TEXT,
    numbering_year INTEGER,
    numbering_last INTEGER CHECK (numbering_last IS NULL OR numbering_last >= 0)
);
-- The levels an actor had at the end of the previous session (the starting point of this one).
CREATE TABLE IF NOT EXISTS actor_role_previous (
    actor_id INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    current INTEGER NOT NULL DEFAULT 0 CHECK (current BETWEEN 0 AND 3),
    desired INTEGER NOT NULL DEFAULT 0 CHECK (desired BETWEEN 0 AND 3),
    PRIMARY KEY (actor_id, role)
);
-- An action carried over: the session where it was first recorded (uid, date) and its id there.
ALTER TABLE action ADD COLUMN origin_uid TEXT;
ALTER TABLE action ADD COLUMN origin_id INTEGER;
ALTER TABLE action ADD COLUMN origin_date TEXT;
-- When an action was closed (its status set to done), in this session: local time, to the
-- second; reopening it forgets it. Written by the trigger, so every way of closing records it.
ALTER TABLE action ADD COLUMN closed_at TEXT;
CREATE TRIGGER IF NOT EXISTS action_closed_at AFTER UPDATE OF status ON action
WHEN new.status IS NOT old.status BEGIN
    UPDATE action SET closed_at = CASE WHEN new.status = 'done'
        THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') END WHERE id = new.id;
END;
"""

# What is left of « la démarche » (issue 16, area h-demarche): a role map kept per priority (a
# theme or an idea voted on) beside the session-wide one; the session's evaluation (a closing
# agenda item kind where the group rates the session and says what to keep or change); which
# session of a template's démarche a session is.
# Self-contained: only new tables, new triggers and new columns.
SCHEMA_DEMARCHE = """
-- The level at which an actor plays a role for one priority (target 'themes' or 'ideas', as a
-- round's target, and the theme's or idea's id); the session-wide map stays in actor_role.
CREATE TABLE IF NOT EXISTS priority_role (
    target TEXT NOT NULL CHECK (target IN ('themes', 'ideas')),
    item_id INTEGER NOT NULL,
    actor_id INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    current INTEGER NOT NULL DEFAULT 0 CHECK (current BETWEEN 0 AND 3),
    desired INTEGER NOT NULL DEFAULT 0 CHECK (desired BETWEEN 0 AND 3),
    PRIMARY KEY (target, item_id, actor_id, role)
);
-- A deleted theme or idea takes its role map with it.
CREATE TRIGGER IF NOT EXISTS theme_gone_from_priority_roles AFTER DELETE ON theme BEGIN
    DELETE FROM priority_role WHERE target = 'themes' AND item_id = old.id;
END;
CREATE TRIGGER IF NOT EXISTS idea_gone_from_priority_roles AFTER DELETE ON idea BEGIN
    DELETE FROM priority_role WHERE target = 'ideas' AND item_id = old.id;
END;
-- What an agenda item is for, when it is more than a time slot: 'evaluation', the closing item
-- where the group rates the session.
ALTER TABLE agenda_item ADD COLUMN kind TEXT CHECK (kind IS NULL OR kind IN ('evaluation'));
-- Which session of its template's démarche this one is (1 = the template's own agenda).
ALTER TABLE session ADD COLUMN template_step INTEGER
    CHECK (template_step IS NULL OR template_step >= 1);
-- The session's evaluation: how many people gave each score (1 to 5), and what to keep or change.
CREATE TABLE IF NOT EXISTS evaluation_rating (
    score INTEGER PRIMARY KEY CHECK (score BETWEEN 1 AND 5),
    count INTEGER NOT NULL DEFAULT 0 CHECK (count >= 0)
);
CREATE TABLE IF NOT EXISTS evaluation_note (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('keep', 'change')),
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    position INTEGER NOT NULL DEFAULT 0
);
"""

# The room (issue 15, h-room): ideas sent from phones that wait for the facilitator's approval
# before they reach the wall. A separate table, so that nothing that reads ideas (the wall, the
# projector, votes, exports) can ever show a pending one. Self-contained: one new table.
SCHEMA_ROOM = """
CREATE TABLE IF NOT EXISTS room_pending_idea (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    -- what a capture laptop's ideas are tagged with (a theme's or an agenda item's title)
    table_tag TEXT,
    received_at TEXT NOT NULL
);
"""

# The Vote page's sums (issue 13, area h-perf): one index holds every column a round's tally
# reads, in the order it adds them up (round, candidate, person), so that SQLite sums a round
# from the index alone, without reading the table or sorting (store.voting.tally_rows). It
# replaces the index on round_id alone, of which it is an extension. Self-contained: indexes only.
SCHEMA_PERF = """
CREATE INDEX IF NOT EXISTS vote_tally ON vote(round_id, item_id, participant_id, ballot, dots);
DROP INDEX IF EXISTS vote_round;
"""

# The Vote page's sums kept up to date (issue 13, area h-vote): each round's dots per candidate,
# kept by triggers in the file as vote rows are written, so that a round's results read one row
# per candidate instead of adding up its vote rows (store.voting.tally_rows). Derived data: not
# in the archive, not in the undo log (store.undo.DERIVED: undoing a vote row fires these
# triggers again), rebuilt here for files of the previous format. A row exists only for an item
# with dots; `voters` counts the distinct named participants with dots on it. Self-contained:
# one new table and its triggers (below).

# The vote_sum triggers' steps, written once: a row of vote added to its sums, taken away from
# them (for an update, the row itself, by its id, is not "another row of this person"), and a
# sum left at no dots dropped.
_SUM_ADD_NEW = """\
    INSERT INTO vote_sum (round_id, item_id, dots, unnamed, on_paper, voters)
    VALUES (new.round_id, new.item_id, new.dots,
            CASE WHEN new.participant_id IS NULL THEN new.dots ELSE 0 END,
            CASE WHEN new.participant_id IS NULL AND new.ballot = 0 THEN new.dots ELSE 0 END,
            new.participant_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM vote
                WHERE round_id = new.round_id AND item_id = new.item_id
                AND participant_id = new.participant_id AND id <> new.id))
    ON CONFLICT (round_id, item_id) DO UPDATE SET dots = dots + excluded.dots,
        unnamed = unnamed + excluded.unnamed, on_paper = on_paper + excluded.on_paper,
        voters = voters + excluded.voters;
"""
_SUM_TAKE_OLD = """\
    UPDATE vote_sum SET dots = dots - old.dots,
        unnamed = unnamed - CASE WHEN old.participant_id IS NULL THEN old.dots ELSE 0 END,
        on_paper = on_paper - CASE WHEN old.participant_id IS NULL AND old.ballot = 0
                                   THEN old.dots ELSE 0 END,
        voters = voters - (old.participant_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM vote
            WHERE round_id = old.round_id AND item_id = old.item_id
            AND participant_id = old.participant_id))
    WHERE round_id = old.round_id AND item_id = old.item_id;
"""
_SUM_DROP_EMPTY = """\
    DELETE FROM vote_sum WHERE round_id = old.round_id AND item_id = old.item_id AND dots <= 0;
"""

SCHEMA_VOTESUMS = """
CREATE TABLE IF NOT EXISTS vote_sum (
    round_id INTEGER NOT NULL,
    item_id INTEGER NOT NULL,
    dots INTEGER NOT NULL DEFAULT 0,       -- every dot on the item in the round
    unnamed INTEGER NOT NULL DEFAULT 0,    -- counted on paper, or from anonymous ballots
    on_paper INTEGER NOT NULL DEFAULT 0,   -- counted on paper only
    voters INTEGER NOT NULL DEFAULT 0,     -- distinct named participants with dots on it
    PRIMARY KEY (round_id, item_id)
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS vote_sum_insert AFTER INSERT ON vote BEGIN
{add_new}END;
CREATE TRIGGER IF NOT EXISTS vote_sum_delete AFTER DELETE ON vote BEGIN
{take_old}{drop_empty}END;
-- An update is the old row taken away and the new one added (the row itself, by its id, is
-- left out of "another row of this person on this item" both times).
CREATE TRIGGER IF NOT EXISTS vote_sum_update AFTER UPDATE ON vote
WHEN old.round_id IS NOT new.round_id OR old.item_id IS NOT new.item_id
    OR old.participant_id IS NOT new.participant_id OR old.dots IS NOT new.dots
    OR old.ballot IS NOT new.ballot BEGIN
{take_old_but_new}{add_new}{drop_empty}END;
DELETE FROM vote_sum;
INSERT INTO vote_sum (round_id, item_id, dots, unnamed, on_paper, voters)
    SELECT round_id, item_id, sum(dots),
        sum(CASE WHEN participant_id IS NULL THEN dots ELSE 0 END),
        sum(CASE WHEN participant_id IS NULL AND ballot = 0 THEN dots ELSE 0 END),
        count(DISTINCT participant_id)
    FROM vote GROUP BY round_id, item_id;
""".format(add_new=_SUM_ADD_NEW, take_old=_SUM_TAKE_OLD, drop_empty=_SUM_DROP_EMPTY,
           take_old_but_new=_SUM_TAKE_OLD.replace(
               "AND participant_id = old.participant_id))",
               "AND participant_id = old.participant_id AND id <> new.id))"))

#: MIGRATIONS[v] brings a file from user_version v to v + 1. Each runs inside one transaction,
#: after a backup copy of the file. Version 0 is an empty file being created.
MIGRATIONS: dict[int, str] = {
    0: SCHEMA_V1,
    1: SCHEMA_V2,
    2: SCHEMA_V3,
    3: SCHEMA_COUNCIL,
    4: SCHEMA_SERIES,
    5: SCHEMA_DEMARCHE,
    6: SCHEMA_ROOM,
    7: SCHEMA_PERF,
    8: SCHEMA_VOTESUMS,
}
