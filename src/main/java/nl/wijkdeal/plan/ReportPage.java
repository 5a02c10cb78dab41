package nl.wijkdeal.plan;

import nl.wijkdeal.round.Round;
import nl.wijkdeal.web.FormData;

import java.util.List;
import java.util.Map;

/**
 * "Meld misbruik" for a plan or one comment: what is wrong (a short list) and an optional note.
 *
 * @param comment the comment reported, or null for the plan itself
 */
record ReportPage(long planId, String planTitle, PlanListPage.RoundLine round, CommentSection.Line comment,
                  List<Choice> complaints, String note, Map<String, String> errors, boolean hasErrors, int max) {

    record Choice(String key, boolean selected) {
    }

    static ReportPage of(Plan plan, Round round, Comment comment, FormData form, Map<String, String> errors) {
        List<Choice> choices = ModerationRules.COMPLAINTS.stream()
                .map(c -> new Choice(c.key(), c.key().equals(form.text("reden")))).toList();
        return new ReportPage(plan.id(), plan.text().title(), PlanListPage.RoundLine.of(round),
                comment == null ? null : CommentSection.Line.of(comment), choices, form.text("toelichting"), errors,
                !errors.isEmpty(), ModerationRules.NOTE_MAX);
    }
}
