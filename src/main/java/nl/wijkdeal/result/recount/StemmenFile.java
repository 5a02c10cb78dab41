package nl.wijkdeal.result.recount;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wijkdeal.tally.Ballot;
import nl.wijkdeal.tally.BallotKind;
import nl.wijkdeal.tally.Election;
import nl.wijkdeal.tally.Project;
import nl.wijkdeal.tally.RuleSettings;
import nl.wijkdeal.tally.pabulib.PabulibWriter;

/**
 * {@code stemmen.pb}: a wijk's ballots in the Pabulib research format, so anyone can recount them with
 * our {@code tally} command or with research tools. The ballots come in already shuffled and numbered
 * 1..n; nothing in the file links a ballot to a voter, a time or a channel.
 */
public final class StemmenFile {

    public static final String NAME = "stemmen.pb";

    private StemmenFile() {
    }

    /** The election of a published result, with its META taken from the result. */
    public static Election election(PublishedResult result, List<Project> projects, List<Ballot> shuffledBallots) {
        return election(result.roundName(), result.wijkName(), result.budget(), result.voteType(), result.rule(),
                projects, shuffledBallots);
    }

    public static Election election(String roundName, String wijkName, BigDecimal budget, BallotKind voteType,
                                    RuleSettings rule, List<Project> projects, List<Ballot> shuffledBallots) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("description", "Wijkdeal-ronde '" + roundName + "', wijk " + wijkName);
        meta.put("country", "Netherlands");
        meta.put("unit", "Groningen");
        meta.put("subunit", wijkName);
        meta.put("instance", roundName);
        meta.put("budget", budget.toPlainString());
        meta.put("vote_type", voteType.pabulibName());
        meta.put("rule", rule.rule().key());
        return new Election(meta, budget, voteType, projects, shuffledBallots);
    }

    public static byte[] text(Election election) {
        return PabulibWriter.toText(election).getBytes(StandardCharsets.UTF_8);
    }
}
