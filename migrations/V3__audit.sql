-- Audit log: every staff action, appended as a SHA-256 hash chain (nl.wijkdeal.audit, see
-- docs/operations.md "Audit log"). Residents' personal data and secrets never go in here.
--
-- The table stands alone on purpose: no foreign keys, so that deleting a staff account or an area
-- can never be blocked by, or cascade into, the record of what was done.

CREATE TABLE audit_entry (
    -- 1, 2, 3, ... without gaps, handed out by the appender under the audit_head lock (not a
    -- sequence: a sequence leaves gaps on rollback, and a gap is how a deleted entry shows).
    seq         bigint PRIMARY KEY CHECK (seq > 0),
    -- Set by the application (its clock, microseconds), because the value is part of the hash.
    at          timestamptz NOT NULL,
    actor_id    bigint,
    actor       text NOT NULL CHECK (length(actor) BETWEEN 1 AND 200),
    area_code   text,
    action      text NOT NULL CHECK (action ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$'),
    subject     text,
    details     jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(details) = 'object'),
    prev_hash   bytea NOT NULL CHECK (length(prev_hash) = 32),
    hash        bytea NOT NULL CHECK (length(hash) = 32)
);

-- The log of one gebied, newest first (the gebiedsteam's page).
CREATE INDEX audit_entry_area ON audit_entry (area_code, seq);

COMMENT ON TABLE audit_entry IS 'append-only log of staff actions; hash = SHA-256 over the entry and prev_hash';

-- The last seq and hash. Appenders lock this row, which serialises them across instances. It also
-- remembers how long the chain was: an entry cut off the end leaves no gap, but it leaves the
-- head pointing past the last entry.
-- ("only" would be the natural column name, but ONLY is reserved in PostgreSQL.)
CREATE TABLE audit_head (
    one_row boolean PRIMARY KEY DEFAULT true CHECK (one_row),
    seq     bigint NOT NULL CHECK (seq >= 0),
    hash    bytea NOT NULL CHECK (length(hash) = 32)
);

INSERT INTO audit_head (one_row, seq, hash) VALUES (true, 0, decode(repeat('00', 32), 'hex'));

-- Defence in depth: the application never changes or removes an entry, so the database refuses it
-- too, even for a bug or a careless manual query. A superuser can still get around it (disable the
-- trigger, session_replication_role = replica); the hash chain is what detects that.
CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: % on % is not allowed', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'raise_exception', HINT = 'see docs/operations.md, "Audit log"';
END
$$;

CREATE TRIGGER audit_entry_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();

CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- The head is updated by every append, but never removed: without it the length is forgotten.
CREATE TRIGGER audit_head_no_delete
    BEFORE DELETE ON audit_head
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();

CREATE TRIGGER audit_head_no_truncate
    BEFORE TRUNCATE ON audit_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
