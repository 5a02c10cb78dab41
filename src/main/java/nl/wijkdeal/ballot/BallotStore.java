package nl.wijkdeal.ballot;

import jakarta.inject.Singleton;
import nl.wijkdeal.database.Sql;
import nl.wijkdeal.register.VoterPass;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** The SQL of ballots and turnout. */
@Singleton
class BallotStore {

    private static final int SLOTS = 8;

    private final Sql sql;

    BallotStore(Sql sql) {
        this.sql = sql;
    }

    /** One row, a random id, no time: nothing to join with who voted or when. */
    void insert(long roundId, String wijk, VoterPass.Channel channel, byte[] receiptHash, List<Choice> choices) {
        sql.update("INSERT INTO ballot (id, round_id, wijk_code, channel, receipt_hash, plan_ids, choice_values)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), roundId, wijk, channel.name(), receiptHash,
                choices.stream().map(Choice::planId).toArray(Long[]::new),
                choices.stream().map(Choice::value).toArray(Integer[]::new));
    }

    /** Raises the turnout counter of one random slot, in the ballot's transaction. */
    void countTurnout(long roundId, String wijk, VoterPass.Channel channel) {
        sql.update("""
                INSERT INTO turnout (round_id, wijk_code, channel, slot, ballots) VALUES (?, ?, ?, ?, 1)
                ON CONFLICT (round_id, wijk_code, channel, slot) DO UPDATE SET ballots = turnout.ballots + 1""",
                roundId, wijk, channel.name(), ThreadLocalRandom.current().nextInt(SLOTS));
    }

    boolean hasReceipt(byte[] receiptHash) {
        return sql.one("SELECT 1 FROM ballot WHERE receipt_hash = ?", rs -> true, receiptHash).isPresent();
    }

    /** Per wijk, per channel: ballots so far. */
    Map<String, Map<VoterPass.Channel, Integer>> turnout(long roundId) {
        Map<String, Map<VoterPass.Channel, Integer>> out = new LinkedHashMap<>();
        sql.list("SELECT wijk_code, channel, sum(ballots) AS ballots FROM turnout WHERE round_id = ?"
                        + " GROUP BY wijk_code, channel ORDER BY wijk_code, channel",
                rs -> {
                    out.computeIfAbsent(rs.getString("wijk_code"), w -> new LinkedHashMap<>())
                            .put(VoterPass.Channel.valueOf(rs.getString("channel")), rs.getInt("ballots"));
                    return null;
                }, roundId);
        return out;
    }
}
