package nl.wijkdeal.plan;

import nl.wijkdeal.web.FormData;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a report of abuse and a moderation decision must say. Pure. A report names what is wrong
 * from a short list (so the gebiedsteam can sort the queue) with an optional note; hiding needs a
 * public reason, because residents are told why their text is gone.
 */
public final class ModerationRules {

    public static final int NOTE_MAX = 500;
    public static final int HIDE_REASON_MAX = 300;

    /** What a resident can say is wrong; the screen words come from {@code report.reason.<key>}. */
    public enum Complaint {
        SPAM, OFFENSIVE, PRIVACY, OFF_TOPIC, OTHER;

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Optional<Complaint> ofKey(String key) {
            return Arrays.stream(values()).filter(c -> c.key().equals(key)).findFirst();
        }
    }

    /** A report as read: what is wrong, and the note (null when empty). */
    record Report(Complaint complaint, String note) {
    }

    static final List<Complaint> COMPLAINTS = List.of(Complaint.values());

    private ModerationRules() {
    }

    /** The report form ({@code reden}, {@code toelichting}); adds to {@code errors} what is wrong. */
    static Optional<Report> report(FormData form, Map<String, String> errors) {
        Optional<Complaint> complaint = Complaint.ofKey(form.text("reden"));
        if (complaint.isEmpty()) {
            errors.put("reden", "report.error.reason");
        }
        String note = PlanFormRules.clean(form.text("toelichting"));
        if (note.length() > NOTE_MAX) {
            errors.put("toelichting", "plan.error.tooLong");
        }
        if (complaint.isEmpty() || note.length() > NOTE_MAX) {
            return Optional.empty();
        }
        return Optional.of(new Report(complaint.get(), note.isEmpty() ? null : note));
    }

    /** The public reason to hide ("Verborgen door het gebiedsteam omdat ..."), or an error under {@code field}. */
    static Optional<String> hideReason(String typed, String field, Map<String, String> errors) {
        String reason = PlanFormRules.clean(typed).replace('\n', ' ');
        if (reason.isEmpty()) {
            errors.put(field, "moderation.error.reason.empty");
            return Optional.empty();
        }
        if (reason.length() > HIDE_REASON_MAX) {
            errors.put(field, "plan.error.tooLong");
            return Optional.empty();
        }
        return Optional.of(reason);
    }
}
