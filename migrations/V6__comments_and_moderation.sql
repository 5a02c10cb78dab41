-- Comments with replies, reports of abuse and moderation (issue 5). Like plans, a comment goes live
-- once its writer confirms the e-mail address; the address is never shown. A report stores no one:
-- no address, no IP (the spam limit counts keyed hashes), only what is wrong and an optional note.

-- A plan the gebiedsteam hid: off the lists and the API, its page says why (hidden_reason, public).
-- Apart from the state on purpose: hiding and showing again leave the plan's own course alone.
ALTER TABLE plan ADD COLUMN hidden_reason text CHECK (length(hidden_reason) BETWEEN 1 AND 300);

CREATE TABLE plan_comment (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id         bigint NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    -- The comment this one replies to; null for a comment on the plan itself.
    parent_id       bigint,
    -- Replies go one level deep: a reply's parent must be a comment on the same plan that is not
    -- a reply itself. The database holds that with a foreign key on (parent, plan, "is top").
    is_top          boolean GENERATED ALWAYS AS (parent_id IS NULL) STORED,
    parent_is_top   boolean GENERATED ALWAYS AS (CASE WHEN parent_id IS NULL THEN NULL ELSE true END) STORED,
    author_id       bigint NOT NULL REFERENCES participant (id),
    -- The name the writer chose to show; null = anonymous.
    shown_name      text CHECK (length(shown_name) BETWEEN 1 AND 80),
    body            text NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
    -- SUBMITTED until the writer confirms the address; PUBLISHED (live); HIDDEN by the gebiedsteam.
    state           text NOT NULL DEFAULT 'SUBMITTED' CHECK (state IN ('SUBMITTED', 'PUBLISHED', 'HIDDEN')),
    hidden_reason   text CHECK (length(hidden_reason) BETWEEN 1 AND 300),
    -- The hidden field of the form that made it: a double click is one comment.
    form_key        uuid NOT NULL,
    submitted_at    timestamptz NOT NULL,
    published_at    timestamptz,
    CONSTRAINT plan_comment_form_once UNIQUE (form_key),
    CONSTRAINT plan_comment_shape UNIQUE (id, plan_id, is_top),
    CONSTRAINT plan_comment_one_level FOREIGN KEY (parent_id, plan_id, parent_is_top)
        REFERENCES plan_comment (id, plan_id, is_top) ON DELETE CASCADE,
    CONSTRAINT plan_comment_hidden_has_reason CHECK ((state = 'HIDDEN') = (hidden_reason IS NOT NULL))
);

CREATE INDEX plan_comment_plan ON plan_comment (plan_id, published_at);

-- The link that confirms a comment names it.
ALTER TABLE email_link DROP CONSTRAINT email_link_purpose_check;
ALTER TABLE email_link ADD CONSTRAINT email_link_purpose_check
    CHECK (purpose IN ('CONFIRM_PLAN', 'CONFIRM_SUPPORT', 'EDIT_PLAN', 'CONFIRM_COMMENT'));
ALTER TABLE email_link ADD COLUMN comment_id bigint REFERENCES plan_comment (id) ON DELETE CASCADE;
ALTER TABLE email_link ADD CONSTRAINT email_link_comment
    CHECK ((purpose = 'CONFIRM_COMMENT') = (comment_id IS NOT NULL));

-- "Melden": anyone reports a plan (comment_id null) or a comment. Open until the gebiedsteam hides
-- the content (HANDLED) or decides it may stay (DISMISSED).
CREATE TABLE abuse_report (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id         bigint NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    comment_id      bigint REFERENCES plan_comment (id) ON DELETE CASCADE,
    reason          text NOT NULL CHECK (reason IN ('SPAM', 'OFFENSIVE', 'PRIVACY', 'OFF_TOPIC', 'OTHER')),
    note            text CHECK (length(note) BETWEEN 1 AND 500),
    state           text NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN', 'HANDLED', 'DISMISSED')),
    created_at      timestamptz NOT NULL,
    handled_by      bigint REFERENCES staff_account (id),
    handled_at      timestamptz,
    CHECK ((state = 'OPEN') = (handled_at IS NULL))
);

CREATE INDEX abuse_report_open ON abuse_report (plan_id, comment_id) WHERE state = 'OPEN';
