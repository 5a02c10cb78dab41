package nl.wijkdeal.round;

import java.time.Instant;

/**
 * A wijkdeal round in a gebied.
 *
 * @param rulesVersion 1 until the first amendment after voting opened
 * @param frozenAt     when voting opened and the settings froze; null before
 */
public record Round(long id, String areaCode, RoundText text, RoundSettings settings, Phase phase,
                    int rulesVersion, Instant frozenAt) {

    public boolean frozen() {
        return frozenAt != null;
    }
}
