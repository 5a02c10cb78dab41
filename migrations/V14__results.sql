-- Results (uitslagen), issue 8. When voting closes every wijk of the round is counted once, in the
-- closing transaction, and the count is kept as it was: pages, files and the API read these rows
-- and never recount. The wijkwethouder adopts a result (possibly with deviations, each with a
-- reason) and publishes it, now or at a set time.

CREATE TABLE result (
    round_id          bigint NOT NULL REFERENCES round (id),
    wijk_code         text NOT NULL,
    counted_at        timestamptz NOT NULL,
    engine_version    text NOT NULL,
    -- The tally's rule settings as published in uitslag.json (rule, utility, completion, ...).
    rule              jsonb NOT NULL,
    ballot_kind       text NOT NULL,
    budget_cents      bigint NOT NULL CHECK (budget_cents >= 0),
    ballots           integer NOT NULL CHECK (ballots >= 0),
    eligible          integer CHECK (eligible >= 0),
    online            integer NOT NULL CHECK (online >= 0),
    counter           integer NOT NULL CHECK (counter >= 0),
    paper             integer NOT NULL CHECK (paper >= 0),
    -- Plan ids in the order the rule selected them.
    computed_selected bigint[] NOT NULL,
    -- The anonymised ballots as a Pabulib file (published only from 10 ballots on) and the sorted
    -- receipt hashes, frozen with the count, and the Merkle roots over both.
    ballots_file      text NOT NULL,
    receipts_file     text NOT NULL,
    ballots_root      bytea NOT NULL CHECK (length(ballots_root) = 32),
    receipts_root     bytea NOT NULL CHECK (length(receipts_root) = 32),
    status            text NOT NULL DEFAULT 'COUNTED' CHECK (status IN ('COUNTED', 'ADOPTED', 'PUBLISHED')),
    adopted_selected  bigint[],
    decision_note     text CHECK (length(decision_note) <= 2000),
    adopted_by        text,
    adopted_at        timestamptz,
    publish_at        timestamptz,
    published_at      timestamptz,
    PRIMARY KEY (round_id, wijk_code),
    CHECK (ballots = online + counter + paper),
    CHECK ((status = 'COUNTED') = (adopted_at IS NULL)),
    CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL))
);

-- Every plan on a wijk's ballot with its score and why it was or was not selected, as counted; the
-- title and cost as they were on the ballot.
CREATE TABLE result_plan (
    round_id          bigint NOT NULL,
    wijk_code         text NOT NULL,
    plan_id           bigint NOT NULL,
    title             text NOT NULL,
    cost_cents        bigint NOT NULL CHECK (cost_cents >= 0),
    score             bigint NOT NULL CHECK (score >= 0),
    voters            integer NOT NULL CHECK (voters >= 0),
    place             integer NOT NULL CHECK (place >= 1),
    reason            text NOT NULL,
    selection_round   integer NOT NULL,
    amount            numeric NOT NULL,
    limit_value       bigint NOT NULL,
    other_plan_id     text NOT NULL,
    computed_selected boolean NOT NULL,
    adopted_selected  boolean,
    -- Set when the wijkwethouder decided this computed plan is not carried out, with why.
    deviation_reason  text CHECK (length(deviation_reason) BETWEEN 1 AND 1000),
    PRIMARY KEY (round_id, wijk_code, plan_id),
    FOREIGN KEY (round_id, wijk_code) REFERENCES result (round_id, wijk_code)
);
CREATE INDEX result_plan_by_plan ON result_plan (plan_id);
