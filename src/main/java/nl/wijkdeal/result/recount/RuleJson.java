package nl.wijkdeal.result.recount;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import nl.wijkdeal.tally.BallotReading;
import nl.wijkdeal.tally.Completion;
import nl.wijkdeal.tally.Rule;
import nl.wijkdeal.tally.RuleSettings;
import nl.wijkdeal.tally.TieBreak;
import nl.wijkdeal.tally.Utility;

/**
 * The tally's {@link RuleSettings} as the "rule" object of uitslag.json and manifest.json, named with
 * the tally's own keys (the same words as {@code tally --rule ... --completion ...}), so anyone can
 * rerun the count with the published settings.
 */
public final class RuleJson {

    private RuleJson() {
    }

    /** The rule object as compact text, e.g. for a database column. */
    public static String toJson(RuleSettings settings) {
        return new String(Json.write(tree(settings)), StandardCharsets.UTF_8).strip();
    }

    public static RuleSettings fromJson(String json) {
        return read(Fields.of(Json.parse(json.getBytes(StandardCharsets.UTF_8), "rule"), "rule"));
    }

    static String key(BallotReading reading) {
        return reading == BallotReading.AS_APPROVAL ? "as-approval" : "as-cast";
    }

    static Map<String, Object> tree(RuleSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", s.rule().key());
        m.put("utility", s.utility().key());
        m.put("completion", s.completion().key());
        m.put("reading", key(s.reading()));
        m.put("threshold", s.threshold().isPresent() ? (Object) s.threshold().getAsLong() : null);
        m.put("n", (long) s.n());
        m.put("tie_break", s.tieBreak().key());
        return m;
    }

    static RuleSettings read(Fields f) {
        Rule rule = choice(f, "rule", Rule::fromKey);
        Utility utility = choice(f, "utility", Utility::fromKey);
        Completion completion = choice(f, "completion", Completion::fromKey);
        String reading = f.text("reading");
        if (!reading.equals("as-cast") && !reading.equals("as-approval")) {
            throw new RecountFileException(f.where() + ": reading \"" + reading + "\" ken ik niet (as-cast of as-approval)");
        }
        Long threshold = f.nullableNumber("threshold");
        int n = f.integer("n");
        TieBreak tieBreak = choice(f, "tie_break", TieBreak::fromKey);
        try {
            return new RuleSettings(rule, utility, completion,
                    reading.equals("as-cast") ? BallotReading.AS_CAST : BallotReading.AS_APPROVAL,
                    threshold == null ? OptionalLong.empty() : OptionalLong.of(threshold), n, tieBreak);
        } catch (IllegalArgumentException e) {
            throw new RecountFileException(f.where() + ": " + e.getMessage());
        }
    }

    private static <T> T choice(Fields f, String name, Function<String, Optional<T>> lookup) {
        String key = f.text(name);
        return lookup.apply(key).orElseThrow(() ->
                new RecountFileException(f.where() + ": " + name + " \"" + key + "\" ken ik niet"));
    }
}
