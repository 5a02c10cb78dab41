-- The register (kiesregister) of a round, its stemcodes, and the short-lived passes of verified
-- voters. Nothing here names a person: the register holds a keyed hash (HMAC with a secret pepper
-- from configuration) of postcode + huisnummer + toevoeging + geboortedatum, never those values;
-- a stemcode is kept only as a keyed hash of the code. See docs/privacy.md.

-- WIJ-teams help residents at a counter (WIJ-locatie): they look up a resident and let them vote.
ALTER TABLE staff_account DROP CONSTRAINT staff_account_role_check;
ALTER TABLE staff_account ADD CONSTRAINT staff_account_role_check CHECK (role IN ('ADMIN', 'GEBIEDSTEAM', 'WIJKWETHOUDER', 'WIJ_TEAM'));

-- One row per eligible resident of a round. The status is the one-vote rule: redeeming is a single
-- UPDATE ... SET status = 'VOTED' WHERE status = 'ELIGIBLE', so of any number of concurrent attempts
-- (by code, by address, at the counter) exactly one succeeds. No time is kept of when a resident voted.
CREATE TABLE register_entry (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    round_id        bigint NOT NULL REFERENCES round (id),
    identity_hash   bytea NOT NULL CHECK (length(identity_hash) = 32),
    -- No foreign key: the import takes the wijk from the round's own wijken, and a per-row key check
    -- costs more than a second on a register of 200,000 (docs/performance.md).
    wijk_code       text NOT NULL,
    -- REMOVED: not in the latest import any more (moved away, corrected); such an entry cannot vote.
    status          text NOT NULL DEFAULT 'ELIGIBLE' CHECK (status IN ('ELIGIBLE', 'REMOVED', 'VOTED')),
    CONSTRAINT one_entry_per_resident UNIQUE (round_id, identity_hash)
);
CREATE INDEX register_entry_wijk ON register_entry (round_id, wijk_code, status);

-- A stemcode, as the keyed hash of its 12 characters. Unique over all rounds, so that a code of
-- another round is recognised as such. A revoked code (lost, stolen, a new letter) keeps its row
-- so that it is refused with the right message; at most one code of an entry is live.
CREATE TABLE stemcode (
    code_hash       bytea PRIMARY KEY CHECK (length(code_hash) = 32),
    round_id        bigint NOT NULL REFERENCES round (id),
    entry_id        bigint NOT NULL REFERENCES register_entry (id),
    issued_on       date NOT NULL,
    revoked_on      date
);
CREATE UNIQUE INDEX stemcode_one_live_per_entry ON stemcode (entry_id) WHERE revoked_on IS NULL;

-- An import of a register file: its progress while it runs and its report afterwards. The report
-- holds counts and line numbers with reasons, never a row's content.
CREATE TABLE register_import (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    round_id        bigint NOT NULL REFERENCES round (id),
    started_by      bigint NOT NULL REFERENCES staff_account (id),
    started_at      timestamptz NOT NULL,
    -- Refreshed while the import runs; an import that stops being refreshed died with its instance.
    alive_at        timestamptz NOT NULL,
    finished_at     timestamptz,
    status          text NOT NULL DEFAULT 'RUNNING' CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    rows_total      integer NOT NULL,
    rows_read       integer NOT NULL DEFAULT 0,
    report          jsonb
);
CREATE INDEX register_import_round ON register_import (round_id, id DESC);

-- A verified voter's pass: the browser (or counter device) holds a random token, the table its
-- SHA-256. It lives for minutes and is deleted when the ballot is cast; the ballot itself never
-- points here. code_hash: the code used, so that revoking that code ends the pass too.
CREATE TABLE voter_pass (
    token_hash      bytea PRIMARY KEY CHECK (length(token_hash) = 32),
    entry_id        bigint NOT NULL REFERENCES register_entry (id) ON DELETE CASCADE,
    code_hash       bytea REFERENCES stemcode (code_hash),
    channel         text NOT NULL CHECK (channel IN ('ONLINE', 'COUNTER', 'PAPER')),
    expires_at      timestamptz NOT NULL
);
CREATE INDEX voter_pass_expiry ON voter_pass (expires_at);
