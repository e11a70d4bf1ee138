"""The case store's schema, as migrations: each takes it from version N-1 to N (PRAGMA
user_version); CaseStore runs those a file has not had yet, in order, on open."""
from __future__ import annotations

# Each migration takes the schema from version N-1 to N; never edit one that has shipped.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE cases (
        id           INTEGER PRIMARY KEY,
        reference    TEXT NOT NULL UNIQUE,
        company_id   TEXT NOT NULL,
        company_name TEXT NOT NULL,
        kinds        TEXT NOT NULL,
        requester    TEXT NOT NULL,
        created_at   TEXT NOT NULL,
        request      TEXT NOT NULL
    );
    CREATE TABLE events (
        id      INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        at      TEXT NOT NULL,
        kind    TEXT NOT NULL,
        day     TEXT,
        data    TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX events_by_case ON events(case_id, id);
    CREATE TABLE dues (
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        case_id  INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        what     TEXT NOT NULL,
        label    TEXT NOT NULL,
        day      TEXT NOT NULL
    );
    CREATE INDEX dues_by_case ON dues(case_id, event_id);
    CREATE INDEX dues_by_event ON dues(event_id);
    CREATE TABLE case_state (
        case_id       INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
        status        TEXT NOT NULL,
        last_event_at TEXT NOT NULL,
        dues          TEXT
    );
    CREATE TABLE profiles (
        id         INTEGER PRIMARY KEY,
        label      TEXT NOT NULL,
        details    TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    """,
    # 2: whose request it is, shown in My requests without reading the request; by company, to
    # find the same request tracked before.
    """
    ALTER TABLE cases ADD COLUMN person TEXT NOT NULL DEFAULT '';
    UPDATE cases SET person = COALESCE(json_extract(request, '$.details.requester.full_name'), '');
    CREATE INDEX cases_by_company ON cases(company_id, kinds);
    """,
    # 3: the earliest and latest due date ("day\x1fwhat\x1flabel"), so the list is sorted by
    # urgency in SQL. A case has one due date per kind (the company's limit, Art. 39's day).
    """
    ALTER TABLE case_state ADD COLUMN due_first TEXT;
    ALTER TABLE case_state ADD COLUMN due_last TEXT;
    UPDATE case_state SET
        due_first = CASE WHEN instr(dues, char(30)) = 0 THEN dues ELSE
            min(substr(dues, 1, instr(dues, char(30)) - 1), substr(dues, instr(dues, char(30)) + 1)) END,
        due_last = CASE WHEN instr(dues, char(30)) = 0 THEN dues ELSE
            max(substr(dues, 1, instr(dues, char(30)) - 1), substr(dues, instr(dues, char(30)) + 1)) END
        WHERE dues IS NOT NULL
    """,
)
