package nl.wijkdeal.result;

import nl.wijkdeal.kernel.Money;
import nl.wijkdeal.result.recount.BallotLeaves;
import nl.wijkdeal.result.recount.ReceiptsFile;
import nl.wijkdeal.result.recount.Sha256;
import nl.wijkdeal.result.recount.StemmenFile;
import nl.wijkdeal.tally.Ballot;
import nl.wijkdeal.tally.Election;
import nl.wijkdeal.tally.Outcome;
import nl.wijkdeal.tally.Project;
import nl.wijkdeal.tally.RuleSettings;
import nl.wijkdeal.tally.Tally;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The count of one wijk, pure: from the plans on its ballot and its (already shuffled) ballots to
 * the outcome, how many residents chose each plan, the Pabulib file of the ballots, the sorted list
 * of receipt hashes, and the Merkle roots over both that the signature will cover.
 */
public final class WijkCount {

    /** A plan on the ballot: id, title and the cost the budget counts. */
    public record Plan(long id, String title, Money cost) {
    }

    /** What is kept of a count. */
    public record Counted(Outcome outcome, Map<String, Integer> voters, String ballotsFile,
                          String receiptsFile, byte[] ballotsRoot, byte[] receiptsRoot) {
    }

    private WijkCount() {
    }

    public static Counted count(String roundName, String wijkName, Money budget, nl.wijkdeal.tally.BallotKind kind,
                                List<Plan> plans, List<Ballot> ballots, List<byte[]> receiptHashes, RuleSettings rule) {
        List<Project> projects = plans.stream()
                .map(plan -> new Project(Long.toString(plan.id()), euros(plan.cost()), plan.title())).toList();
        Election election = StemmenFile.election(roundName, wijkName, euros(budget), kind, rule, projects, ballots);
        Outcome outcome = Tally.run(election, rule);
        Map<String, Integer> voters = new LinkedHashMap<>();
        projects.forEach(project -> voters.put(project.id(), 0));
        for (Ballot ballot : ballots) {
            ballot.projectIds().forEach(id -> voters.merge(id, 1, Integer::sum));
        }
        return new Counted(outcome, voters, new String(StemmenFile.text(election), StandardCharsets.UTF_8),
                new String(ReceiptsFile.text(receiptHashes), StandardCharsets.US_ASCII),
                Sha256.unhex(BallotLeaves.ballotsRoot(election)), Sha256.unhex(BallotLeaves.receiptsRoot(receiptHashes)));
    }

    /** Whole euros without decimals, so the file reads "4500", not "4500.00". */
    static BigDecimal euros(Money money) {
        BigDecimal euros = BigDecimal.valueOf(money.cents(), 2);
        return money.cents() % 100 == 0 ? euros.setScale(0) : euros;
    }
}
