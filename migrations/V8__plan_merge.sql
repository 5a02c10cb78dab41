-- Merging plans that overlap (issue 5): the merged plan stays (its page, history and supports are
-- kept) and points at the plan it became part of; its author becomes a co-author there.
ALTER TABLE plan DROP CONSTRAINT plan_state_check;
ALTER TABLE plan ADD CONSTRAINT plan_state_check CHECK (state IN ('SUBMITTED', 'PUBLISHED', 'MERGED'));
ALTER TABLE plan ADD COLUMN merged_into bigint REFERENCES plan (id);
ALTER TABLE plan ADD CONSTRAINT plan_merged_has_target CHECK ((state = 'MERGED') = (merged_into IS NOT NULL));

-- Authors besides the one who submitted: co-authors, and the authors of plans merged into it.
CREATE TABLE plan_author (
    plan_id         bigint NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    participant_id  bigint NOT NULL REFERENCES participant (id),
    -- The name they chose to show; null = anonymous.
    shown_name      text CHECK (length(shown_name) BETWEEN 1 AND 80),
    since           timestamptz NOT NULL,
    PRIMARY KEY (plan_id, participant_id)
);
