package nl.wijkdeal.round;

import java.util.List;

/**
 * What a round says about itself. Free to change at any time, also after voting opened.
 *
 * @param rulesText extra spelregels in the gebiedsteam's own words, shown under the generated ones
 * @param supportThreshold supports a plan needs to reach the review (the likes threshold)
 */
public record RoundText(String name, String description, String rulesText, List<String> themes, int supportThreshold) {

    public RoundText {
        themes = List.copyOf(themes);
    }
}
