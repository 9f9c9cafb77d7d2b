-- Switchboard schema 1 (SQLite). Times are BIGINT milliseconds since the Unix epoch, UTC;
-- booleans are INTEGER 0/1. Keep in step with 0001_initial.pg.sql.

-- Business phone numbers and their health (spec §9, §10).
CREATE TABLE phone_numbers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    phone_number_id TEXT UNIQUE,              -- Graph id; NULL while only the display number is known
    waba_id TEXT,
    display_phone_number TEXT,
    display_digits TEXT,                      -- display number reduced to digits, for lookups
    verified_name TEXT,
    quality_rating TEXT,                      -- GREEN | YELLOW | RED | UNKNOWN
    quality_at BIGINT,
    messaging_tier TEXT,                      -- TIER_250 ... (MessagingTier spelling)
    tier_at BIGINT,
    throughput_level TEXT,                    -- STANDARD | HIGH | ...
    throughput_at BIGINT,
    status TEXT,                              -- CONNECTED, FLAGGED, ...
    status_at BIGINT,
    name_status TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX phone_numbers_display ON phone_numbers (display_digits);

-- Portfolio-level limits from business_capability_update.
CREATE TABLE business_accounts (
    waba_id TEXT PRIMARY KEY,
    messaging_tier TEXT,
    tier_at BIGINT,
    max_phone_numbers_per_business INTEGER,
    max_phone_numbers_per_waba INTEGER,
    updated_at BIGINT NOT NULL
);

-- Quality, tier, throughput and status changes, for the dashboard's history.
CREATE TABLE health_history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    phone_id INTEGER REFERENCES phone_numbers (id) ON DELETE CASCADE,
    waba_id TEXT,
    metric TEXT NOT NULL,                     -- quality | tier | throughput | status
    old_value TEXT,
    new_value TEXT,
    event TEXT,                               -- the webhook event that said so, if any
    source TEXT NOT NULL,                     -- webhook | poll | manual
    recorded_at BIGINT NOT NULL
);
CREATE INDEX health_history_phone ON health_history (phone_id, metric, recorded_at);
CREATE INDEX health_history_waba ON health_history (waba_id, metric, recorded_at);

-- Customers, keyed like sb::contactKey (BSUID, else wa_id, else phone) (spec §12).
CREATE TABLE contacts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    contact_key TEXT NOT NULL UNIQUE,
    parent_user_id TEXT,
    user_id TEXT,
    wa_id TEXT,
    phone TEXT,
    username TEXT,
    profile_name TEXT,
    identity_key_hash TEXT,
    opt_in_source TEXT,
    opt_in_at BIGINT,
    opt_out_at BIGINT,
    opt_out_method TEXT,                      -- keyword | agent | import | ...
    opt_out_detail TEXT,                      -- e.g. the keyword the customer sent
    marketing_preference TEXT,                -- stop | resume (user_preferences)
    marketing_preference_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX contacts_wa_id ON contacts (wa_id);
CREATE INDEX contacts_user_id ON contacts (user_id);
CREATE INDEX contacts_parent_user_id ON contacts (parent_user_id);
CREATE INDEX contacts_phone ON contacts (phone);

-- One thread per customer and business number, with its service window (spec §7.1).
CREATE TABLE conversations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    contact_id INTEGER NOT NULL REFERENCES contacts (id),
    phone_number_id TEXT NOT NULL REFERENCES phone_numbers (phone_number_id),
    last_inbound_at BIGINT,                   -- WindowInputs.lastInbound
    entry_point_at BIGINT,                    -- WindowInputs.entryPointAt
    entry_point_reply_at BIGINT,              -- WindowInputs.entryPointReplyAt
    window_deadline BIGINT,                   -- last_inbound_at + 24 h
    last_message_at BIGINT,
    last_message_direction TEXT,              -- in | out
    last_message_kind TEXT,
    last_message_preview TEXT,
    unread_count INTEGER NOT NULL DEFAULT 0,
    assignee TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (contact_id, phone_number_id)
);
CREATE INDEX conversations_deadline ON conversations (window_deadline);
CREATE INDEX conversations_assignee ON conversations (assignee);

CREATE TABLE conversation_labels (
    conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    PRIMARY KEY (conversation_id, label)
);
CREATE INDEX conversation_labels_label ON conversation_labels (label);

-- Every webhook body exactly as received, before parsing (spec §5.1: no API to fetch them again).
CREATE TABLE webhook_payloads (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    sha256 TEXT NOT NULL UNIQUE,              -- identical redeliveries land on the same row
    body BLOB NOT NULL,
    size INTEGER NOT NULL,
    received_at BIGINT NOT NULL,
    last_received_at BIGINT NOT NULL,
    deliveries INTEGER NOT NULL DEFAULT 1,
    processed INTEGER NOT NULL DEFAULT 0,
    processed_at BIGINT,
    event_count INTEGER,
    problems_json TEXT
);
CREATE INDEX webhook_payloads_unprocessed ON webhook_payloads (received_at) WHERE processed = 0;

CREATE TABLE dead_letters (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    payload_id INTEGER REFERENCES webhook_payloads (id) ON DELETE SET NULL,
    reason TEXT NOT NULL,
    body BLOB NOT NULL,
    sha256 TEXT NOT NULL,
    received_at BIGINT NOT NULL
);
CREATE INDEX dead_letters_received ON dead_letters (received_at);

CREATE TABLE messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id INTEGER NOT NULL REFERENCES conversations (id),
    direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    kind TEXT NOT NULL,                       -- messageKindWireName
    platform_id TEXT UNIQUE,                  -- wamid
    local_id TEXT UNIQUE,                     -- outbound: travels in biz_opaque_callback_data
    reply_to_platform_id TEXT,                -- context.id
    author TEXT,                              -- outbound: the agent
    content_json TEXT NOT NULL,               -- outbound: request body; inbound: webhook message
    body_text TEXT,                           -- text, caption, reply title...: search and previews
    status TEXT,                              -- deliveryStateName; NULL for inbound
    status_times_json TEXT NOT NULL DEFAULT '{}',
    error_code INTEGER,
    error_title TEXT,
    error_details TEXT,
    pricing_category TEXT,
    pricing_type TEXT,
    pricing_model TEXT,
    billable INTEGER,
    platform_conversation_id TEXT,
    platform_conversation_origin TEXT,
    platform_conversation_expires_at BIGINT,
    raw_payload_id INTEGER REFERENCES webhook_payloads (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,               -- the message's own timestamp
    updated_at BIGINT NOT NULL
);
CREATE INDEX messages_conversation ON messages (conversation_id, created_at, id);

-- Every status webhook once per (wamid, status); message_id stays NULL until the message is
-- known (a status can beat the send response), then the event is applied.
CREATE TABLE message_status_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    platform_id TEXT NOT NULL,
    status TEXT NOT NULL,
    message_id INTEGER REFERENCES messages (id) ON DELETE CASCADE,
    occurred_at BIGINT NOT NULL,
    local_id TEXT,
    recipient_id TEXT,
    error_code INTEGER,
    error_title TEXT,
    error_details TEXT,
    pricing_category TEXT,
    pricing_type TEXT,
    pricing_model TEXT,
    billable INTEGER,
    conversation_id TEXT,
    conversation_origin TEXT,
    conversation_expires_at BIGINT,
    raw_payload_id INTEGER REFERENCES webhook_payloads (id) ON DELETE SET NULL,
    received_at BIGINT NOT NULL,
    UNIQUE (platform_id, status)
);
CREATE INDEX message_status_events_message ON message_status_events (message_id);

-- Sends waiting for, or past, the dispatcher (OutboxRepository, sb_engine's side of the contract).
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    local_id TEXT NOT NULL UNIQUE,
    phone_number_id TEXT NOT NULL,
    recipient TEXT NOT NULL,
    conversation_id BIGINT NULL REFERENCES conversations (id),
    message_id BIGINT NULL REFERENCES messages (id),
    request_json TEXT NOT NULL,
    kind TEXT NOT NULL,
    business_initiated INTEGER NOT NULL DEFAULT 0,
    template_category TEXT NULL,
    state TEXT NOT NULL,                      -- queued | sending | accepted | unknown | failed | cancelled
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    platform_id TEXT NULL,
    last_error_code INTEGER NULL,
    last_error_title TEXT NULL,
    last_error_details TEXT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX outbox_due ON outbox (phone_number_id, state, next_attempt_at);
CREATE INDEX outbox_platform_id ON outbox (platform_id);

-- Approved-template cache: the definition as JSON plus the columns webhooks change (spec §6).
CREATE TABLE templates (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    waba_id TEXT NOT NULL DEFAULT '',
    template_id TEXT,
    name TEXT NOT NULL,
    language TEXT NOT NULL,
    category TEXT NOT NULL,
    status TEXT NOT NULL,
    quality TEXT NOT NULL,
    definition_json TEXT NOT NULL,
    status_reason TEXT,
    status_detail TEXT,
    status_at BIGINT,
    quality_at BIGINT,
    category_at BIGINT,
    previous_category TEXT,
    pending_category TEXT,                    -- announced by template_category_update
    pending_category_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (waba_id, name, language)
);
CREATE INDEX templates_template_id ON templates (template_id);

CREATE TABLE alerts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    severity TEXT NOT NULL,                   -- info | warning | critical
    subject TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    raised_at BIGINT NOT NULL,
    last_raised_at BIGINT NOT NULL,
    occurrences INTEGER NOT NULL DEFAULT 1,
    acknowledged_at BIGINT,
    acknowledged_by TEXT
);
-- At most one open alert per kind and subject: raising it again counts an occurrence.
CREATE UNIQUE INDEX alerts_open ON alerts (kind, subject) WHERE acknowledged_at IS NULL;
CREATE INDEX alerts_raised ON alerts (raised_at);

-- Which event raised (or re-raised) an alert: a redelivered webhook never counts twice.
CREATE TABLE alert_sources (
    source_key TEXT PRIMARY KEY,
    alert_id INTEGER NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
    seen_at BIGINT NOT NULL
);

-- Full-text search over message text and captions: an external-content FTS5 table kept in
-- step with messages.body_text by triggers.
CREATE VIRTUAL TABLE messages_fts USING fts5 (
    body_text,
    content = 'messages',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages
WHEN new.body_text IS NOT NULL
BEGIN
    INSERT INTO messages_fts (rowid, body_text) VALUES (new.id, new.body_text);
END;

CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages
WHEN old.body_text IS NOT NULL
BEGIN
    INSERT INTO messages_fts (messages_fts, rowid, body_text) VALUES ('delete', old.id, old.body_text);
END;

CREATE TRIGGER messages_fts_update AFTER UPDATE OF body_text ON messages
BEGIN
    INSERT INTO messages_fts (messages_fts, rowid, body_text)
        SELECT 'delete', old.id, old.body_text WHERE old.body_text IS NOT NULL;
    INSERT INTO messages_fts (rowid, body_text)
        SELECT new.id, new.body_text WHERE new.body_text IS NOT NULL;
END;
