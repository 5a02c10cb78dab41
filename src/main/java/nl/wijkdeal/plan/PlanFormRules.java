package nl.wijkdeal.plan;

import nl.wijkdeal.kernel.Money;
import nl.wijkdeal.web.FormData;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the plan form as typed and says, per field, what is wrong (a message key), so the form comes
 * back with everything kept. Pure: what the round allows (wijken, themes, budget) comes in as data.
 * Text is kept as typed apart from control characters; HTML is never interpreted, only shown as text.
 */
public final class PlanFormRules {

    public static final int TITLE_MAX = 80;
    public static final int SUMMARY_MAX = 300;
    public static final int DESCRIPTION_MAX = 5000;
    public static final int LOCATION_MAX = 200;
    public static final int NAME_MAX = 80;
    public static final int EMAIL_MAX = 254;

    /** What the round allows a plan to be: its wijken with their budgets, and its themes. */
    public record Allowed(Map<String, Money> budgets, List<String> themes) {
    }

    /** The plan as read, or the errors (field -> message key); never both. */
    public record Reading(Optional<PlanText> text, Map<String, String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private PlanFormRules() {
    }

    /** The text of a plan: what the author wrote (and may change until the review). */
    public static Reading readText(FormData form, Allowed allowed) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = required(form, "title", TITLE_MAX, errors);
        String summary = required(form, "summary", SUMMARY_MAX, errors);
        String description = required(form, "description", DESCRIPTION_MAX, errors);
        String wijk = form.text("wijk").strip();
        if (wijk.isEmpty() || !allowed.budgets().containsKey(wijk)) {
            errors.put("wijk", wijk.isEmpty() ? "plan.error.wijk.choose" : "plan.error.wijk.unknown");
        }
        // More than the wijk's whole budget can never be chosen: surely a typo (an extra zero).
        Money cost = cost(form.text("cost"), wijk.isEmpty() ? Money.MAX : allowed.budgets().getOrDefault(wijk, Money.MAX), errors);
        String theme = clean(form.text("theme"));
        if (!allowed.themes().isEmpty() && !allowed.themes().contains(theme)) {
            errors.put("theme", theme.isEmpty() ? "plan.error.theme.choose" : "plan.error.theme.unknown");
        }
        String location = clean(form.text("location"));
        if (location.length() > LOCATION_MAX) {
            errors.put("location", "plan.error.tooLong");
        }
        if (!errors.isEmpty()) {
            return new Reading(Optional.empty(), errors);
        }
        return new Reading(Optional.of(new PlanText(title, summary, description, cost, wijk,
                theme.isEmpty() ? null : theme, location.isEmpty() ? null : location)), errors);
    }

    /** The name to show (empty: anonymous) and the address for the links; adds to {@code errors}. */
    public static Optional<String> shownName(FormData form, Map<String, String> errors) {
        String name = clean(form.text("shownName"));
        if (name.length() > NAME_MAX) {
            errors.put("shownName", "plan.error.tooLong");
        }
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    /** A normalised e-mail address (lower case), or an error under {@code field}. */
    public static String email(String typed, String field, Map<String, String> errors) {
        String email = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (email.isEmpty()) {
            errors.put(field, "plan.error.email.empty");
        } else if (email.length() > EMAIL_MAX || !email.matches("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}")) {
            errors.put(field, "plan.error.email.invalid");
        }
        return email;
    }

    private static String required(FormData form, String field, int max, Map<String, String> errors) {
        String text = clean(form.text(field));
        if (text.isEmpty()) {
            errors.put(field, "plan.error." + field + ".empty");
        } else if (text.length() > max) {
            errors.put(field, "plan.error.tooLong");
        }
        return text;
    }

    private static Money cost(String typed, Money budget, Map<String, String> errors) {
        if (typed.isBlank()) {
            errors.put("cost", "plan.error.cost.empty");
            return null;
        }
        Optional<Money> cost = Money.parse(typed);
        if (cost.isEmpty()) {
            errors.put("cost", "plan.error.cost.invalid");
        } else if (cost.get().cents() <= 0) {
            errors.put("cost", "plan.error.cost.positive");
        } else if (cost.get().compareTo(budget) > 0) {
            errors.put("cost", "plan.error.cost.tooHigh");
        }
        return cost.orElse(null);
    }

    /**
     * Strips the ends and drops control characters other than line breaks and tabs (they cannot be
     * typed, only pasted or scripted, and break mails and exports). Line breaks become \n.
     */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").strip();
    }
}
