package nl.wijkdeal.ballot;

import nl.wijkdeal.round.BallotKind;
import nl.wijkdeal.web.FormData;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ballot form as posted, read into choices. Choose-up-to and knapsack ballots post checkboxes
 * {@code kies=<plan id>}; ranked ballots a place per plan ({@code plaats-<id>}), points ballots the
 * points per plan ({@code punten-<id>}), where an empty value means "not chosen". A tampered form
 * (a plan id or a value that is no number) becomes a choice the rules refuse, never an error page.
 */
final class BallotForm {

    static final String RECEIPT = "ontvangstbewijs";

    private BallotForm() {
    }

    static List<Choice> read(BallotKind kind, FormData form) {
        List<Choice> choices = new ArrayList<>();
        if (kind == BallotKind.CHOOSE_UP_TO || kind == BallotKind.KNAPSACK) {
            for (String id : form.all("kies")) {
                choices.add(new Choice(number(id), 0));
            }
            return choices;
        }
        String prefix = kind == BallotKind.RANKED ? "plaats-" : "punten-";
        for (Map.Entry<String, List<String>> field : form.fields().entrySet()) {
            if (!field.getKey().startsWith(prefix)) {
                continue;
            }
            for (String value : field.getValue()) {
                if (!value.isBlank()) {
                    choices.add(new Choice(number(field.getKey().substring(prefix.length())), (int) number(value)));
                }
            }
        }
        // Ranked: in the order of the places, so the review and the stored ballot read first to last.
        if (kind == BallotKind.RANKED) {
            choices.sort(java.util.Comparator.comparingInt(Choice::value));
        }
        return choices;
    }

    /** The field name and value that post this choice again (the review page's hidden fields). */
    static String fieldName(BallotKind kind, long planId) {
        return switch (kind) {
            case CHOOSE_UP_TO, KNAPSACK -> "kies";
            case RANKED -> "plaats-" + planId;
            case POINTS -> "punten-" + planId;
        };
    }

    static String fieldValue(BallotKind kind, Choice choice) {
        return kind == BallotKind.CHOOSE_UP_TO || kind == BallotKind.KNAPSACK
                ? Long.toString(choice.planId()) : Integer.toString(choice.value());
    }

    /** A number, or -1 for anything else (refused by the rules as not on the ballot or not offered). */
    private static long number(String text) {
        String t = text.strip();
        if (!t.matches("-?[0-9]{1,12}")) {
            return -1;
        }
        long value = Long.parseLong(t);
        return value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? -1 : value;
    }
}
