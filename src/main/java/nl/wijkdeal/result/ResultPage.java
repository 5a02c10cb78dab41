package nl.wijkdeal.result;

import java.util.List;

/** The public page of one wijk's result; {@code chart} is the SVG, already escaped. */
record ResultPage(ResultView result, String chart) {

    /** The round's results page: every wijk of the round, published or not yet. */
    record Round(long roundId, String roundName, List<Wijk> wijken, boolean anyPublished, String keyFingerprint,
                 String publicKey) {

        record Wijk(String code, String name, ResultView result) {
        }

        static Round of(ResultViews.RoundResults results, ResultSigningKey key) {
            List<Wijk> wijken = results.round().settings().budgets().keySet().stream()
                    .map(code -> new Wijk(code, results.area().nameOf(code), results.wijken().stream()
                            .filter(v -> v.wijk().equals(code) && v.published()).findFirst().orElse(null)))
                    .toList();
            return new Round(results.round().id(), results.round().text().name(), wijken,
                    !results.published().isEmpty(), key.fingerprint(), key.publicKeyBase64());
        }
    }
}
