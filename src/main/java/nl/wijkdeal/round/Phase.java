package nl.wijkdeal.round;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The phases of a round, in order. Every phase but the first has a start date. */
public enum Phase {
    /** Being configured; not yet open to residents. */
    PREPARATION,
    IDEAS,
    CO_CREATION,
    REVIEW,
    VOTING,
    COUNTING,
    PUBLISHED,
    IMPLEMENTATION;

    /** The phases that have a date, in order. */
    public static final List<Phase> SCHEDULED = Arrays.stream(values()).filter(p -> p != PREPARATION).toList();

    /** Key in templates and forms: "ideas", "co-creation". */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean isAtLeast(Phase other) {
        return compareTo(other) >= 0;
    }

    /** Once voting opens the rules that decide the outcome are frozen. */
    public boolean freezesRules() {
        return isAtLeast(VOTING);
    }
}
