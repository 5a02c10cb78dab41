-- Plans (issue 5): residents propose without an account. A resident is known here only by an
-- e-mail address they confirmed by a link; it is needed to send their links and status mails and
-- is never shown. No names of residents other than the name they chose to show.

CREATE TABLE participant (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email           text NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
    language        text NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en')),
    confirmed_at    timestamptz,
    created_at      timestamptz NOT NULL,
    CONSTRAINT participant_email_unique UNIQUE (email)
);

CREATE TABLE plan (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    round_id        bigint NOT NULL,
    neighbourhood_code text NOT NULL,
    title           text NOT NULL CHECK (length(title) BETWEEN 1 AND 80),
    summary         text NOT NULL CHECK (length(summary) BETWEEN 1 AND 300),
    description     text NOT NULL CHECK (length(description) BETWEEN 1 AND 5000),
    cost_cents      bigint NOT NULL CHECK (cost_cents > 0),
    theme           text CHECK (length(theme) <= 100),
    location        text CHECK (length(location) <= 200),
    -- The name the author chose to show; null = anonymous.
    shown_name      text CHECK (length(shown_name) BETWEEN 1 AND 80),
    author_id       bigint NOT NULL REFERENCES participant (id),
    -- SUBMITTED until the author confirms the e-mail address; then PUBLISHED (live).
    state           text NOT NULL DEFAULT 'SUBMITTED' CHECK (state IN ('SUBMITTED', 'PUBLISHED')),
    version         integer NOT NULL DEFAULT 1 CHECK (version >= 1),
    -- A counter, kept with the supports in one transaction: list pages never count rows.
    supports        integer NOT NULL DEFAULT 0 CHECK (supports >= 0),
    -- The hidden field of the form that made it: a double click is the same plan, not two.
    form_key        uuid NOT NULL,
    submitted_at    timestamptz NOT NULL,
    published_at    timestamptz,
    CONSTRAINT plan_form_once UNIQUE (form_key),
    FOREIGN KEY (round_id, neighbourhood_code) REFERENCES round_neighbourhood (round_id, neighbourhood_code)
);

-- The same author cannot submit the same title twice in a round.
CREATE UNIQUE INDEX plan_title_once ON plan (round_id, author_id, lower(title));
CREATE INDEX plan_round ON plan (round_id, state);

-- Every version of the text, for the history and the differences between versions.
CREATE TABLE plan_version (
    plan_id         bigint NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    version         integer NOT NULL,
    title           text NOT NULL,
    summary         text NOT NULL,
    description     text NOT NULL,
    cost_cents      bigint NOT NULL,
    theme           text,
    location        text,
    neighbourhood_code text NOT NULL,
    -- Shown: the author's shown name, "anoniem" or "gebiedsteam".
    edited_by       text NOT NULL,
    edited_at       timestamptz NOT NULL,
    PRIMARY KEY (plan_id, version)
);

-- What happened with a plan, in order: the status timeline on its page and the reason for mails.
CREATE TABLE plan_event (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id         bigint NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    kind            text NOT NULL,
    note            text CHECK (length(note) <= 2000),
    at              timestamptz NOT NULL
);

CREATE INDEX plan_event_plan ON plan_event (plan_id, id);

-- One support per confirmed e-mail address per plan; it counts once confirmed.
CREATE TABLE plan_support (
    plan_id         bigint NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    participant_id  bigint NOT NULL REFERENCES participant (id),
    created_at      timestamptz NOT NULL,
    confirmed_at    timestamptz,
    PRIMARY KEY (plan_id, participant_id)
);

-- The links in mails: confirm a plan or a support, edit a plan. Only the SHA-256 of the token is
-- kept, so a copy of the database opens nothing.
CREATE TABLE email_link (
    token_hash      bytea PRIMARY KEY CHECK (length(token_hash) = 32),
    purpose         text NOT NULL CHECK (purpose IN ('CONFIRM_PLAN', 'CONFIRM_SUPPORT', 'EDIT_PLAN')),
    plan_id         bigint NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    participant_id  bigint NOT NULL REFERENCES participant (id),
    expires_at      timestamptz NOT NULL,
    used_at         timestamptz
);

CREATE INDEX email_link_expiry ON email_link (expires_at);

-- Limits against spam, per e-mail address and per IP address, counted per hour. Keys are HMACs,
-- never the address itself; rows older than a day are removed.
CREATE TABLE rate_limit (
    key             bytea NOT NULL,
    window_start    timestamptz NOT NULL,
    hits            integer NOT NULL,
    PRIMARY KEY (key, window_start)
);

-- The photo of a plan, re-encoded on upload (no EXIF, no GPS).
CREATE TABLE plan_photo (
    plan_id         bigint PRIMARY KEY REFERENCES plan (id) ON DELETE CASCADE,
    content_type    text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
    bytes           bytea NOT NULL,
    width           integer NOT NULL,
    height          integer NOT NULL
);
