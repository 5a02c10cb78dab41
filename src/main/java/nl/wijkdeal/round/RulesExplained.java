package nl.wijkdeal.round;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The spelregels in plain words, made from the settings, so what residents read is always what the
 * count will do. Each sentence is a message key with its values; the page puts it in the
 * visitor's language.
 */
public final class RulesExplained {

    public record Sentence(String key, Object first, Object second) {
    }

    private RulesExplained() {
    }

    public static List<Sentence> of(RoundSettings settings) {
        List<Sentence> sentences = new ArrayList<>();
        sentences.add(new Sentence("rules.age", settings.minimumAge(), null));
        sentences.add(new Sentence("rules.once", null, null));
        switch (settings.kind()) {
            case CHOOSE_UP_TO -> sentences.add(new Sentence("rules.kind.choose-up-to", settings.maxChoices(), null));
            case RANKED -> sentences.add(new Sentence("rules.kind.ranked", settings.maxChoices(), null));
            case POINTS -> sentences.add(new Sentence("rules.kind.points", settings.points().size(),
                    settings.points().stream().map(String::valueOf).collect(Collectors.joining(", "))));
            case KNAPSACK -> sentences.add(new Sentence("rules.kind.knapsack", null, null));
        }
        sentences.add(new Sentence("rules.rule." + settings.rule().key(), settings.topN(), null));
        sentences.add(new Sentence("rules.secret", null, null));
        return sentences;
    }
}
