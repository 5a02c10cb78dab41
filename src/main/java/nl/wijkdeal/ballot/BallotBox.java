package nl.wijkdeal.ballot;

import jakarta.inject.Singleton;
import nl.wijkdeal.database.Sql;
import nl.wijkdeal.register.VoterPass;
import nl.wijkdeal.round.BallotKind;
import nl.wijkdeal.tally.Ballot;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ballot box as the count opens it, once voting has closed: the ballots of a wijk in a random
 * order (numbered 1..n in that order, so the published file carries no ids of ours), the receipt
 * hashes apart from them, and the ballots per channel.
 */
@Singleton
public class BallotBox {

    /** A wijk's ballots for the count, and apart from them what proves they were counted. */
    public record Opened(List<Ballot> ballots, List<byte[]> receiptHashes, Map<VoterPass.Channel, Integer> perChannel) {
    }

    private static final SecureRandom SHUFFLE = new SecureRandom();

    private final Sql sql;

    BallotBox(Sql sql) {
        this.sql = sql;
    }

    /**
     * The wijk's ballots as the count reads them ({@link BallotRules#toTally}), choices for plans not in
     * {@code onBallot} left out (a plan hidden during the vote is no longer on the ballot), shuffled.
     */
    public Opened open(long roundId, String wijk, BallotKind kind, int maxChoices, Set<String> onBallot) {
        record Row(Long[] planIds, Integer[] values, String channel, byte[] receipt) {
        }
        List<Row> rows = sql.list("SELECT plan_ids, choice_values, channel, receipt_hash FROM ballot"
                        + " WHERE round_id = ? AND wijk_code = ?",
                rs -> new Row((Long[]) rs.getArray(1).getArray(), (Integer[]) rs.getArray(2).getArray(),
                        rs.getString(3), rs.getBytes(4)), roundId, wijk);
        List<Row> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, SHUFFLE);
        List<Ballot> ballots = new ArrayList<>();
        List<byte[]> receipts = new ArrayList<>();
        Map<VoterPass.Channel, Integer> perChannel = new EnumMap<>(VoterPass.Channel.class);
        for (VoterPass.Channel channel : VoterPass.Channel.values()) {
            perChannel.put(channel, 0);
        }
        for (Row row : shuffled) {
            List<Choice> choices = new ArrayList<>();
            for (int i = 0; i < row.planIds().length; i++) {
                if (onBallot.contains(Long.toString(row.planIds()[i]))) {
                    choices.add(new Choice(row.planIds()[i], row.values()[i]));
                }
            }
            ballots.add(BallotRules.toTally(Integer.toString(ballots.size() + 1), kind, maxChoices, choices));
            receipts.add(row.receipt());
            perChannel.merge(VoterPass.Channel.valueOf(row.channel()), 1, Integer::sum);
        }
        return new Opened(ballots, receipts, perChannel);
    }

    /**
     * Rewrites the round's ballot rows in a random order in this transaction, so that neither their
     * place on disk nor their transaction ids (xmin) tell any more in which order they were cast.
     */
    public void reshuffle(long roundId) {
        sql.update("CREATE TEMP TABLE reshuffled AS SELECT * FROM ballot WHERE round_id = ? ORDER BY random()", roundId);
        sql.update("DELETE FROM ballot WHERE round_id = ?", roundId);
        sql.update("INSERT INTO ballot SELECT * FROM reshuffled");
        sql.update("DROP TABLE reshuffled");
    }

    /** The round and wijk of the ballot stored under this receipt hash, if any. */
    public Optional<Where> whereIs(byte[] receiptHash) {
        return sql.one("SELECT round_id, wijk_code FROM ballot WHERE receipt_hash = ?",
                rs -> new Where(rs.getLong(1), rs.getString(2)), receiptHash);
    }

    public record Where(long roundId, String wijk) {
    }
}
