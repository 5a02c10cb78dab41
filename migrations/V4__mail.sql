-- Mail: an outbox in the database and the opt-outs of one-click unsubscribe (nl.wijkdeal.mail, see
-- docs/operations.md "Mail").
--
-- A feature inserts its mail in its own transaction, so a mail exists if and only if the change it
-- reports committed. A scheduled sender (on any instance) picks due rows with FOR UPDATE SKIP LOCKED
-- and sends them over SMTP, or keeps them for the staff page in demo mode.

CREATE TABLE mail_outbox (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- What the mail is about, e.g. plan.confirm; also the list one unsubscribes from.
    kind            text NOT NULL CHECK (kind ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$'),
    language        text NOT NULL CHECK (language IN ('nl', 'en')),
    -- The gebied the mail concerns (who of the gebiedsteams may see it), null for the whole municipality.
    -- No foreign key, as in the audit log: a record of what was sent never blocks removing an area.
    area_code       text,
    -- Personal data: the address, its keyed hash (for opt-outs), the bodies (names, personal links)
    -- and the unsubscribe link are set to null after the retention period; kind and subject stay.
    recipient       text CHECK (recipient LIKE '%_@_%'),
    recipient_hash  bytea CHECK (length(recipient_hash) = 32),
    subject         text NOT NULL CHECK (length(subject) BETWEEN 1 AND 300),
    body_text       text,
    body_html       text,
    unsubscribable  boolean NOT NULL,
    unsubscribe_url text,
    status          text NOT NULL DEFAULT 'PENDING'
                    CHECK (status IN ('PENDING', 'SENT', 'KEPT', 'FAILED', 'SKIPPED')),
    attempts        integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    -- A short reason such as "SMTP 451" or "ConnectException": never the server's text, which can
    -- repeat the address.
    last_error      text CHECK (length(last_error) <= 200),
    created_at      timestamptz NOT NULL,
    next_attempt_at timestamptz NOT NULL,
    done_at         timestamptz,
    forgotten_at    timestamptz,
    CONSTRAINT mail_done_when_not_pending CHECK ((status = 'PENDING') = (done_at IS NULL)),
    CONSTRAINT mail_pending_is_complete CHECK (status <> 'PENDING'
        OR (recipient IS NOT NULL AND recipient_hash IS NOT NULL AND body_text IS NOT NULL))
);

-- The sender's question: which pending mail is due? Small, because sent rows drop out.
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at, id) WHERE status = 'PENDING';
-- The retention clean-up's question: which finished mail still holds personal data?
CREATE INDEX mail_outbox_to_forget ON mail_outbox (done_at) WHERE forgotten_at IS NULL AND status <> 'PENDING';
-- The staff page per gebied, newest first.
CREATE INDEX mail_outbox_area ON mail_outbox (area_code, id);

-- One row per address and kind that someone unsubscribed from. Only a keyed hash (HMAC with the
-- service's secret) of the address: the table alone does not say who opted out.
CREATE TABLE mail_opt_out (
    address_hash    bytea NOT NULL CHECK (length(address_hash) = 32),
    kind            text NOT NULL,
    opted_out_at    timestamptz NOT NULL,
    PRIMARY KEY (address_hash, kind)
);
