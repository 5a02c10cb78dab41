package nl.wijkdeal.round;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Once voting has opened, the settings that decide the outcome are frozen: changing them is an
 * amendment that needs a reason and makes a new version. The description and other texts stay free.
 */
public final class FreezeRules {

    public enum Reason {
        FREE, NOTHING_CHANGED, NEEDS_REASON, AMENDMENT
    }

    public static final int MIN_REASON = 10;

    private FreezeRules() {
    }

    /** The names of the settings that differ (stable keys, also used in the amendment record). */
    public static List<String> changed(RoundSettings before, RoundSettings after) {
        List<String> changed = new ArrayList<>();
        compare(changed, "wijken", before.budgets().keySet(), after.budgets().keySet());
        compare(changed, "budgets", before.budgets(), after.budgets());
        compare(changed, "total", before.total(), after.total());
        compare(changed, "kind", before.kind(), after.kind());
        compare(changed, "maxChoices", before.maxChoices(), after.maxChoices());
        compare(changed, "points", before.points(), after.points());
        compare(changed, "topN", before.topN(), after.topN());
        compare(changed, "rule", before.rule(), after.rule());
        compare(changed, "minimumAge", before.minimumAge(), after.minimumAge());
        compare(changed, "routes", before.routes(), after.routes());
        compare(changed, "schedule", before.schedule(), after.schedule());
        return changed;
    }

    public static Reason check(boolean frozen, RoundSettings before, RoundSettings after, String reason) {
        if (!frozen) {
            return Reason.FREE;
        }
        if (changed(before, after).isEmpty()) {
            return Reason.NOTHING_CHANGED;
        }
        return reason == null || reason.strip().length() < MIN_REASON ? Reason.NEEDS_REASON : Reason.AMENDMENT;
    }

    private static void compare(List<String> changed, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(name);
        }
    }
}
