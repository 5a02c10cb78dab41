package nl.wijkdeal.result.recount;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import nl.wijkdeal.tally.BallotKind;
import nl.wijkdeal.tally.Reason;
import nl.wijkdeal.tally.RuleSettings;

/**
 * The published result of one wijk, as {@code uitslag.json}: what was counted, how, what the count
 * selected and what the wijkwethouder adopted. {@link #toJson()} and {@link #fromJson(byte[])} are
 * exact inverses, and the same record always gives the same bytes (they are hashed and signed).
 *
 * @param ballotKind       how residents voted: {@code choose-up-to}, {@code ranked}, {@code points}, {@code knapsack}
 * @param voteType         how the ballots are in stemmen.pb: {@link BallotKind#APPROVAL} or {@link BallotKind#CUMULATIVE}
 * @param eligible         residents in the register for this wijk, when known
 * @param channels         ballots per channel; empty below the publication threshold, so small numbers
 *                         cannot point at a person
 * @param ballotsPublished whether stemmen.pb is published (at least {@link #MIN_PUBLISHED_BALLOTS} ballots)
 * @param plans            every plan on the ballot, in place order
 */
public record PublishedResult(long roundId, String roundName, String areaCode, String wijkCode, String wijkName,
                              BigDecimal budget, String ballotKind, BallotKind voteType, RuleSettings rule,
                              String engineVersion, Instant countedAt, int ballots, OptionalInt eligible,
                              Optional<Channels> channels, boolean ballotsPublished, List<PlanLine> plans,
                              Computed computed, Adopted adopted, Instant publishedAt, Roots roots) {

    public static final String FORMAT = "wijkdeal-uitslag/1";
    /** Below this many ballots a wijk's ballots are not published: a few ballots could be traced to people. */
    public static final int MIN_PUBLISHED_BALLOTS = 10;
    public static final Set<String> BALLOT_KINDS = Set.of("choose-up-to", "ranked", "points", "knapsack");

    public PublishedResult {
        Objects.requireNonNull(roundName, "roundName");
        Objects.requireNonNull(areaCode, "areaCode");
        Objects.requireNonNull(wijkCode, "wijkCode");
        Objects.requireNonNull(wijkName, "wijkName");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(engineVersion, "engineVersion");
        Objects.requireNonNull(countedAt, "countedAt");
        Objects.requireNonNull(eligible, "eligible");
        Objects.requireNonNull(channels, "channels");
        Objects.requireNonNull(computed, "computed");
        Objects.requireNonNull(adopted, "adopted");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(roots, "roots");
        if (!BALLOT_KINDS.contains(ballotKind)) {
            throw new IllegalArgumentException("ballot_kind \"" + ballotKind + "\" ken ik niet; kies uit " + BALLOT_KINDS);
        }
        if (voteType != BallotKind.APPROVAL && voteType != BallotKind.CUMULATIVE) {
            throw new IllegalArgumentException("vote_type moet approval of cumulative zijn, niet " + voteType);
        }
        plans = List.copyOf(plans);
    }

    /** Ballots per way of voting. */
    public record Channels(int online, int counter, int paper) {
    }

    /**
     * One plan's line. {@code reason}, {@code selectionRound}, {@code amount}, {@code limit} and
     * {@code other} are the tally's explanation of the computed outcome (see tally.Explanation).
     *
     * @param voters how many ballots chose it (for points ballots: gave it at least one point)
     */
    public record PlanLine(String id, String title, BigDecimal cost, long score, long voters, int place,
                           boolean computedSelected, boolean adoptedSelected, Reason reason, int selectionRound,
                           BigDecimal amount, long limit, String other) {

        public PlanLine {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(cost, "cost");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(other, "other");
        }
    }

    /** What the count selected, in selection order. */
    public record Computed(List<String> selected, BigDecimal totalCost) {

        public Computed {
            selected = List.copyOf(selected);
            Objects.requireNonNull(totalCost, "totalCost");
        }
    }

    /**
     * What was adopted: the count rerun without the {@code deviations}, computed plans that will not be
     * carried out (a permit refused, the cost proved far higher), each with its public reason.
     */
    public record Adopted(List<String> selected, BigDecimal totalCost, List<Deviation> deviations, String note,
                          String adoptedBy, Instant adoptedAt) {

        public Adopted {
            selected = List.copyOf(selected);
            deviations = List.copyOf(deviations);
            Objects.requireNonNull(totalCost, "totalCost");
            Objects.requireNonNull(note, "note");
            Objects.requireNonNull(adoptedBy, "adoptedBy");
            Objects.requireNonNull(adoptedAt, "adoptedAt");
        }
    }

    public record Deviation(String planId, String reason) {

        public Deviation {
            Objects.requireNonNull(planId, "planId");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The Merkle roots (lowercase hex) over the ballots and over the receipt hashes. */
    public record Roots(String ballots, String receipts) {

        public Roots {
            Objects.requireNonNull(ballots, "ballots");
            Objects.requireNonNull(receipts, "receipts");
        }
    }

    /** uitslag.json as UTF-8 bytes, the same bytes for the same record. */
    public byte[] toJson() {
        return Json.write(ResultJson.tree(this));
    }

    /** Reads uitslag.json; a problem is a {@link RecountFileException} that names the field. */
    public static PublishedResult fromJson(byte[] json) {
        return fromJson(json, "uitslag.json");
    }

    /** As {@link #fromJson(byte[])}, naming the file as {@code file} in messages (e.g. "NOORD/uitslag.json"). */
    public static PublishedResult fromJson(byte[] json, String file) {
        return ResultJson.read(Json.parse(json, file), file);
    }
}
