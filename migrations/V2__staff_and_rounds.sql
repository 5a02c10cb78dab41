-- Staff accounts with their gebieden, database-held sessions and wijkdeal rounds.

CREATE TABLE staff_account (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email           text NOT NULL CHECK (email = lower(email) AND email LIKE '%_@_%'),
    name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    role            text NOT NULL CHECK (role IN ('ADMIN', 'GEBIEDSTEAM', 'WIJKWETHOUDER')),
    -- Argon2id in the PHC string format ($argon2id$v=19$m=...,t=...,p=...$salt$hash): the parameters
    -- travel with each hash, so they can be raised later without locking anyone out.
    password_hash   text NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    failed_logins   integer NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
    locked_until    timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT staff_email_unique UNIQUE (email)
);

CREATE TABLE staff_area (
    staff_id    bigint NOT NULL REFERENCES staff_account (id) ON DELETE CASCADE,
    area_code   text NOT NULL REFERENCES area (code),
    PRIMARY KEY (staff_id, area_code)
);

-- A session lives here, not in the memory of one instance, so that any instance behind a load
-- balancer serves any request. Only a SHA-256 of the cookie value is stored: a copy of this table
-- is not a set of usable sessions.
CREATE TABLE staff_session (
    token_hash      bytea PRIMARY KEY CHECK (length(token_hash) = 32),
    staff_id        bigint NOT NULL REFERENCES staff_account (id) ON DELETE CASCADE,
    created_at      timestamptz NOT NULL,
    last_seen_at    timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL
);

CREATE INDEX staff_session_staff ON staff_session (staff_id);
CREATE INDEX staff_session_expiry ON staff_session (expires_at);

-- A staff form posted after the session ran out, kept for an hour so that logging in again brings
-- the filled-in form back instead of losing the work. Staff forms hold no residents' data.
CREATE TABLE kept_form (
    id          bytea PRIMARY KEY CHECK (length(id) = 32),
    form_path   text NOT NULL,
    fields      jsonb NOT NULL,
    kept_until  timestamptz NOT NULL
);

-- Needed for the composite reference below: a round's wijk must lie in the round's gebied.
ALTER TABLE neighbourhood ADD CONSTRAINT neighbourhood_in_area UNIQUE (cbs_code, area_code);

CREATE TABLE round (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    area_code           text NOT NULL REFERENCES area (code),
    name                text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    description         text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
    rules_text          text NOT NULL DEFAULT '' CHECK (length(rules_text) <= 5000),
    themes              text[] NOT NULL DEFAULT '{}',
    phase               text NOT NULL DEFAULT 'PREPARATION'
                        CHECK (phase IN ('PREPARATION', 'IDEAS', 'CO_CREATION', 'REVIEW', 'VOTING',
                                         'COUNTING', 'PUBLISHED', 'IMPLEMENTATION')),
    total_budget_cents  bigint NOT NULL CHECK (total_budget_cents > 0),
    ballot_kind         text NOT NULL CHECK (ballot_kind IN ('CHOOSE_UP_TO', 'RANKED', 'POINTS', 'KNAPSACK')),
    max_choices         integer NOT NULL CHECK (max_choices BETWEEN 1 AND 50),
    points              integer[] NOT NULL DEFAULT '{}',
    top_n               integer NOT NULL CHECK (top_n BETWEEN 1 AND 50),
    selection_rule      text NOT NULL CHECK (selection_rule IN ('TOP_N', 'GREEDY', 'EQUAL_SHARES')),
    minimum_age         integer NOT NULL CHECK (minimum_age BETWEEN 0 AND 120),
    support_threshold   integer NOT NULL CHECK (support_threshold BETWEEN 0 AND 100000),
    routes              text[] NOT NULL CHECK (cardinality(routes) > 0),
    -- Which version of the outcome-deciding rules is in force: 1 when voting opens, +1 per amendment.
    rules_version       integer NOT NULL DEFAULT 1 CHECK (rules_version >= 1),
    frozen_at           timestamptz,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    CONSTRAINT round_in_area UNIQUE (id, area_code)
);

CREATE INDEX round_area ON round (area_code);

CREATE TABLE round_neighbourhood (
    round_id            bigint NOT NULL,
    area_code           text NOT NULL,
    neighbourhood_code  text NOT NULL,
    budget_cents        bigint NOT NULL CHECK (budget_cents >= 0),
    PRIMARY KEY (round_id, neighbourhood_code),
    FOREIGN KEY (round_id, area_code) REFERENCES round (id, area_code) ON DELETE CASCADE,
    FOREIGN KEY (neighbourhood_code, area_code) REFERENCES neighbourhood (cbs_code, area_code)
);

-- One start date per phase; a phase lasts until the next one starts, so phases can neither overlap
-- nor leave a gap.
CREATE TABLE round_phase (
    round_id    bigint NOT NULL REFERENCES round (id) ON DELETE CASCADE,
    phase       text NOT NULL,
    starts_on   date NOT NULL,
    PRIMARY KEY (round_id, phase)
);

-- A change to frozen rules after voting opened: who, when, why, and the rules before and after.
CREATE TABLE round_amendment (
    round_id    bigint NOT NULL REFERENCES round (id) ON DELETE CASCADE,
    version     integer NOT NULL CHECK (version >= 2),
    reason      text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
    changed_by  text NOT NULL,
    changed_at  timestamptz NOT NULL,
    changes     jsonb NOT NULL,
    PRIMARY KEY (round_id, version)
);
