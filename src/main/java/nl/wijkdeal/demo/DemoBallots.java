package nl.wijkdeal.demo;

import jakarta.inject.Singleton;
import nl.wijkdeal.ballot.SeedBallots;
import nl.wijkdeal.round.PublicRounds;
import nl.wijkdeal.round.Round;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ballot box of the demo round that is past voting (Oost 2026, counting): residents of its
 * register have voted, online, at a counter or on paper, so the count and the turnout have something
 * to show (README, "Demo"). Runs after {@link DemoRegister}: the voters come from the register.
 */
@Singleton
class DemoBallots {

    private static final Logger LOG = LoggerFactory.getLogger(DemoBallots.class);

    static final String ROUND = "Wijkdeal Oost 2026";
    /** Of 250 residents per wijk: a turnout of 72 % and 56 %, higher than real life, to give the count some weight. */
    static final Map<String, Integer> VOTERS = votersPerWijk();

    private final SeedBallots seedBallots;
    private final PublicRounds rounds;

    DemoBallots(SeedBallots seedBallots, PublicRounds rounds) {
        this.seedBallots = seedBallots;
        this.rounds = rounds;
    }

    void load() {
        Round round = rounds.all().stream().filter(r -> r.text().name().equals(ROUND)).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo round " + ROUND + " is missing"));
        // The round's id as the seed, as for its register: the same ballots on every fresh demo.
        Map<String, Integer> stored = seedBallots.seed(round, VOTERS, round.id());
        LOG.info("Demo mode: ballots in {} per wijk: {}", ROUND, stored);
    }

    private static Map<String, Integer> votersPerWijk() {
        Map<String, Integer> voters = new LinkedHashMap<>();
        voters.put("WK001411", 180);
        voters.put("WK001412", 140);
        return java.util.Collections.unmodifiableMap(voters);
    }
}
