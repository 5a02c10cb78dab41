-- Ballots (stembiljetten). Who voted (register_entry.status) and what was voted (ballot) live apart:
-- no column here points to a register entry, a code, a pass, a session, an IP address or a time.
-- The id is random; the choices are arrays in the row, so a ballot is one insert.
CREATE TABLE ballot (
    id              uuid PRIMARY KEY,
    round_id        bigint NOT NULL REFERENCES round (id),
    wijk_code       text NOT NULL,
    channel         text NOT NULL CHECK (channel IN ('ONLINE', 'COUNTER', 'PAPER')),
    -- SHA-256 of the receipt code the voter got (80 random bits): proves inclusion, reveals nothing.
    receipt_hash    bytea NOT NULL CHECK (length(receipt_hash) = 32),
    plan_ids        bigint[] NOT NULL CHECK (cardinality(plan_ids) BETWEEN 1 AND 200),
    -- Per plan: its place (ranked), its points (points), or 0 (choose up to K, knapsack).
    choice_values   integer[] NOT NULL CHECK (cardinality(choice_values) = cardinality(plan_ids)),
    CONSTRAINT one_ballot_per_receipt UNIQUE (receipt_hash)
);
CREATE INDEX ballot_round_wijk ON ballot (round_id, wijk_code);

-- Turnout per wijk and channel as counters, raised in the transaction that stores the ballot, so
-- pages never count ballots. Eight slots per counter so that concurrent voters do not queue on
-- one row; readers add the slots up.
CREATE TABLE turnout (
    round_id        bigint NOT NULL REFERENCES round (id),
    wijk_code       text NOT NULL,
    channel         text NOT NULL CHECK (channel IN ('ONLINE', 'COUNTER', 'PAPER')),
    slot            smallint NOT NULL CHECK (slot BETWEEN 0 AND 7),
    ballots         integer NOT NULL CHECK (ballots >= 0),
    PRIMARY KEY (round_id, wijk_code, channel, slot)
);
