-- The haalbaarheidstoets (issue 5): per plan the gebiedsteam's decision, prepared and then
-- published together. Until published_at is set, residents see nothing of it.
CREATE TABLE plan_review (
    plan_id         bigint PRIMARY KEY REFERENCES plan (id) ON DELETE CASCADE,
    feasible        boolean NOT NULL,
    -- Public: why (required when not feasible).
    reason          text NOT NULL DEFAULT '' CHECK (length(reason) <= 2000),
    -- The gemeente's own estimate; may differ from the resident's.
    final_cost_cents bigint NOT NULL CHECK (final_cost_cents > 0),
    -- When there are too many plans, only shortlisted feasible plans go on the ballot.
    shortlisted     boolean NOT NULL DEFAULT false,
    decided_by      text NOT NULL,
    decided_at      timestamptz NOT NULL,
    published_at    timestamptz,
    CONSTRAINT plan_review_reason_when_not_feasible CHECK (feasible OR length(reason) > 0)
);
