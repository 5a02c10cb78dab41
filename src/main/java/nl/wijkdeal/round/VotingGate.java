package nl.wijkdeal.round;

import jakarta.inject.Singleton;
import nl.wijkdeal.database.Sql;

/**
 * Keeps a round's phase from changing while a ballot is being stored. A ballot's transaction holds
 * the round row with FOR SHARE and reads the phase there; closing the vote is an UPDATE of that
 * row, so it waits until every ballot already on its way has committed, and every later ballot
 * waits for the close and then reads COUNTING. The count, made in the closing transaction, therefore
 * holds every ballot a resident got a receipt for, and no ballot arrives after it. Shared locks
 * do not block each other, so voters do not queue on the row.
 */
@Singleton
public class VotingGate {

    private final Sql sql;

    VotingGate(Sql sql) {
        this.sql = sql;
    }

    /** Whether the round is open for voting; call inside the ballot's transaction. */
    public boolean holdOpen(long roundId) {
        return sql.one("SELECT phase FROM round WHERE id = ? FOR SHARE", rs -> rs.getString(1), roundId)
                .map(phase -> Phase.valueOf(phase) == Phase.VOTING).orElse(false);
    }
}
