package nl.wijkdeal.plan;

import nl.wijkdeal.round.Round;
import nl.wijkdeal.web.FormData;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The comment form on a page of its own: to reply to a comment, or a comment on the plan that came
 * back with a mistake (values as typed, errors beside the fields).
 *
 * @param replyTo   the comment replied to, or null
 * @param open      whether the form is there; otherwise {@code closedKey} says why not
 */
record CommentFormPage(String titleKey, long planId, String planTitle, PlanListPage.RoundLine round, CommentSection.Line replyTo,
                       boolean open, String closedKey, Map<String, String> values, Map<String, String> errors,
                       boolean hasErrors, int max, int nameMax) {

    static final List<String> FIELDS = List.of("comment", "shownName", "email", "formulier", "op");

    static CommentFormPage of(Plan plan, Round round, Optional<Comment> replyTo, CommentRules.Reason reason, FormData form,
                              Map<String, String> errors) {
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(field -> values.put(field, form.text(field)));
        // A post refused because the phase just ended still shows the form: nothing typed is lost.
        boolean open = reason == CommentRules.Reason.OK || !errors.isEmpty();
        return new CommentFormPage(replyTo.isPresent() ? "comment.form.title.reply" : "comment.form.title.new", plan.id(), plan.text().title(), PlanListPage.RoundLine.of(round),
                replyTo.map(CommentSection.Line::of).orElse(null), open,
                reason == CommentRules.Reason.PHASE_CLOSED ? "comment.closed" : reason.messageKey(), values, errors,
                !errors.isEmpty(), CommentRules.TEXT_MAX, PlanFormRules.NAME_MAX);
    }
}
