package nl.wijkdeal.plan;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.web.FormData;
import nl.wijkdeal.web.Language;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A resident comments on a plan, or replies to a comment, without an account. Like a plan, the
 * comment goes live once the e-mail address is confirmed by the link in the mail. The same form sent
 * twice (a double click) is one comment.
 */
@Singleton
class CommentPlan {

    sealed interface Result permits Sent, Refused {
    }

    record Sent(long commentId) implements Result {
    }

    /** Field -> message key; "form" for what concerns the whole form. */
    record Refused(Map<String, String> errors) implements Result {
    }

    private final CommentStore comments;
    private final PlanStore plans;
    private final EmailLinks links;
    private final PlanMails mails;
    private final SpamLimits limits;
    private final Clock clock;

    CommentPlan(CommentStore comments, PlanStore plans, EmailLinks links, PlanMails mails, SpamLimits limits, Clock clock) {
        this.comments = comments;
        this.plans = plans;
        this.links = links;
        this.mails = mails;
        this.limits = limits;
        this.clock = clock;
    }

    @Transactional
    Result comment(Plan plan, Round round, FormData form, Language language, String clientAddress) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Long> parentId = idIn(form.text("op"));
        Optional<Comment> parent = parentId.flatMap(comments::find).filter(c -> c.planId() == plan.id());
        CommentRules.Reason reason = CommentRules.check(round.phase(), plan.isPublic(), parentId.isPresent(), parent);
        if (reason != CommentRules.Reason.OK) {
            errors.put("form", reason.messageKey());
        }
        String text = CommentRules.text(form.text("comment"), "comment", errors);
        Optional<String> shownName = PlanFormRules.shownName(form, errors);
        String email = PlanFormRules.email(form.text("email"), "email", errors);
        if (!errors.isEmpty()) {
            return new Refused(errors);
        }
        UUID formKey = formKey(form.text("formulier"));
        Optional<Long> earlier = comments.byFormKey(formKey);
        if (earlier.isPresent()) {
            return new Sent(earlier.get());
        }
        Instant now = clock.instant();
        if (!limits.allowComment(email, clientAddress, now)) {
            return new Refused(Map.of("form", "plan.error.tooMany"));
        }
        long writer = plans.participant(email, language.code(), now);
        Optional<Long> inserted = comments.insert(plan.id(), parentId.orElse(null), writer, shownName.orElse(null), text,
                formKey, now);
        if (inserted.isEmpty()) {
            // The same form, racing itself (a double click): the first one made the comment.
            return new Sent(comments.byFormKey(formKey).orElseThrow());
        }
        String token = links.createForComment(plan.id(), inserted.get(), writer, now.plus(SubmitPlan.CONFIRM_DAYS, ChronoUnit.DAYS));
        mails.confirmComment(email, language, round, plan.id(), plan.text().title(), token);
        return new Sent(inserted.get());
    }

    /** A comment id from a form's hidden field; a forged one becomes -1 (a comment that does not exist). */
    static Optional<Long> idIn(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(typed.strip()));
        } catch (NumberFormatException e) {
            return Optional.of(-1L);
        }
    }

    /** The form's hidden key; a missing or forged one simply makes a new comment. */
    private static UUID formKey(String typed) {
        try {
            return UUID.fromString(typed);
        } catch (IllegalArgumentException e) {
            return UUID.randomUUID();
        }
    }
}
