-- The content database: built by `send-routes build-db` from db/content/, shipped
-- read-only. JSON columns hold conditions and lists exactly as the content files give them.
PRAGMA foreign_keys = ON;

CREATE TABLE metadata (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE sources (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('seed', 'fact', 'reference')),
    title TEXT NOT NULL,
    file TEXT
);

CREATE TABLE areas (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    council TEXT NOT NULL DEFAULT '',
    sendiass TEXT NOT NULL DEFAULT '',
    is_fallback INTEGER NOT NULL DEFAULT 0,
    data TEXT NOT NULL              -- JSON: the area's statements
);

CREATE TABLE routes (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    short TEXT NOT NULL,
    rank INTEGER NOT NULL,
    applies_when TEXT NOT NULL,     -- JSON condition
    rank_rules TEXT NOT NULL,       -- JSON list
    why TEXT NOT NULL,              -- JSON list of fragments
    extra_steps TEXT NOT NULL       -- JSON list of fragments
);

CREATE TABLE route_statements (
    route_id TEXT NOT NULL REFERENCES routes(id),
    section TEXT NOT NULL,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    sources TEXT NOT NULL,          -- JSON list of source ids
    PRIMARY KEY (route_id, section, position)
);

CREATE TABLE notes (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    sources TEXT NOT NULL,
    condition TEXT NOT NULL,
    with_routes TEXT NOT NULL
);

CREATE TABLE deadline_rules (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    rule TEXT NOT NULL,
    sources TEXT NOT NULL,
    condition TEXT NOT NULL,
    counts TEXT NOT NULL,
    sen_holidays INTEGER NOT NULL,
    working_day INTEGER NOT NULL,
    uncertain_text TEXT NOT NULL,
    passed_warning TEXT NOT NULL,
    passed_text TEXT NOT NULL,
    always_uncertain INTEGER NOT NULL DEFAULT 0,
    done_when TEXT NOT NULL DEFAULT '{}',        -- JSON condition: the step is done
    maybe_later_when TEXT NOT NULL DEFAULT '{}', -- JSON condition: the date may be later
    maybe_later_text TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL DEFAULT '',             -- what the family must do by the date
    not_working_day_text TEXT NOT NULL DEFAULT '', -- said when the date is a weekend or holiday
    variants TEXT NOT NULL DEFAULT '[]'          -- JSON: other wordings, each with a condition
);

CREATE TABLE questions (
    key TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    required INTEGER NOT NULL,
    text TEXT NOT NULL,
    hint TEXT NOT NULL,
    letter TEXT NOT NULL DEFAULT '',
    skip_when TEXT NOT NULL,
    young_person TEXT NOT NULL DEFAULT '{}',  -- JSON: wording of text and hint for a young person
    variants TEXT NOT NULL DEFAULT '[]'  -- JSON: other wordings, each used when its condition holds
);

CREATE TABLE question_options (
    question_key TEXT NOT NULL REFERENCES questions(key),
    position INTEGER NOT NULL,
    value TEXT NOT NULL,
    label TEXT NOT NULL,
    help TEXT NOT NULL,
    young_person TEXT NOT NULL DEFAULT '{}',  -- JSON: wording of label and help for a young person
    show_if TEXT NOT NULL DEFAULT '{}',  -- JSON condition: offered only when it holds
    variants TEXT NOT NULL DEFAULT '[]',  -- JSON: other wordings, each used when its condition holds
    PRIMARY KEY (question_key, value)
);

CREATE TABLE glossary (
    term TEXT PRIMARY KEY,
    definition TEXT NOT NULL,
    sources TEXT NOT NULL
);

CREATE TABLE glossary_aliases (
    alias TEXT PRIMARY KEY COLLATE NOCASE,
    term TEXT NOT NULL REFERENCES glossary(term)
);

CREATE TABLE contacts (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL UNIQUE,
    organisation TEXT NOT NULL,
    service TEXT NOT NULL,
    kind TEXT NOT NULL,
    local_authority TEXT REFERENCES areas(id),   -- NULL for a national contact
    phone TEXT NOT NULL,
    email TEXT NOT NULL,
    website TEXT NOT NULL,
    helps_with TEXT NOT NULL,
    routes TEXT NOT NULL,
    source TEXT NOT NULL,
    confidence TEXT NOT NULL,
    source_read TEXT NOT NULL,
    note TEXT NOT NULL
);

-- A contact's namesakes (the same kind in the same area) are read through this index.
CREATE INDEX contacts_by_kind_and_area ON contacts(kind, ifnull(local_authority, ''), position);

CREATE TABLE letters (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    paragraphs TEXT NOT NULL,       -- JSON list
    attach TEXT NOT NULL,           -- JSON list
    send_to TEXT NOT NULL,          -- JSON list of statements
    sources TEXT NOT NULL,
    condition TEXT NOT NULL,
    greeting TEXT NOT NULL,
    closing TEXT NOT NULL
);

-- Settings of the engine that are content: phrases, tried routes, warnings, labels.
CREATE TABLE engine_texts (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL             -- JSON
);

-- The languages the app can be shown in, and their catalogues (docs/design/translations.md).
-- A catalogue is one xz-compressed JSON object per language, keyed by the first 12 hex
-- digits of sha256(english as shown): {key: [english, text, status, made_by, made_on]}.
-- The app reads a language's catalogue whole, once it is chosen; stored as rows, six
-- languages' English, provenance and index took 3.5 MB, a third of them 0.5 MB.
CREATE TABLE languages (
    code TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,             -- the language written in itself
    english_name TEXT NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('ltr', 'rtl')),
    script TEXT NOT NULL,
    words TEXT NOT NULL,            -- JSON: weekday and month words, date pattern, digits, forms
    catalogue BLOB NOT NULL         -- xz-compressed JSON, as above
);

-- Full-text search. Prefix indexes keep search-as-you-type fast for short prefixes: up to
-- six letters for the contacts (at 100,000 contacts, 3.4 times faster at the median than
-- one to three letters, for a database 23% larger: benchmarks/search.py).
CREATE VIRTUAL TABLE contacts_fts USING fts5(
    name, kind_label, area, helps_with, note, area_id UNINDEXED, kind UNINDEXED,
    prefix = '1 2 3 4 5 6', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE contacts_vocab USING fts5vocab(contacts_fts, 'row');
CREATE VIRTUAL TABLE routes_fts USING fts5(
    route_id UNINDEXED, title, body, prefix = '2 3', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE glossary_fts USING fts5(
    term, aliases, definition, prefix = '2 3', tokenize = 'unicode61 remove_diacritics 2'
);
