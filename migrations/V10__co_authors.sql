-- Co-authors invited by a link (issue 5): the author shares an invitation; the invitee confirms their
-- e-mail address and becomes a co-author with an edit link of their own. The name they chose to
-- show waits on the confirmation link until then.
ALTER TABLE email_link DROP CONSTRAINT email_link_purpose_check;
ALTER TABLE email_link ADD CONSTRAINT email_link_purpose_check
    CHECK (purpose IN ('CONFIRM_PLAN', 'CONFIRM_SUPPORT', 'EDIT_PLAN', 'CONFIRM_COMMENT', 'INVITE_COAUTHOR', 'CONFIRM_COAUTHOR'));
ALTER TABLE email_link ADD COLUMN shown_name text CHECK (length(shown_name) BETWEEN 1 AND 80);
