package nl.wijkdeal.result;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.staff.Staff;

import java.time.Instant;
import java.util.Map;

/**
 * Results in the demo, for demo data only. The demo creates its rounds on their dates first, so a
 * round past voting was closed (and counted) before its plans and ballots were seeded; this counts
 * it again now that the box is full, then lets the wijkwethouder adopt and publish as in real life.
 */
@Singleton
public class SeedResults {

    private final ResultStore store;
    private final CountVotes countVotes;
    private final AdoptResult adoptResult;
    private final PublishResult publishResult;

    SeedResults(ResultStore store, CountVotes countVotes, AdoptResult adoptResult, PublishResult publishResult) {
        this.store = store;
        this.countVotes = countVotes;
        this.adoptResult = adoptResult;
        this.publishResult = publishResult;
    }

    /** Drops the count made when the demo round was created (before it had ballots) and counts again. */
    @Transactional
    public int recount(Round round) {
        store.deleteRound(round.id());
        return countVotes.count(round);
    }

    /** The computed selection of a wijk, plan ids in order. */
    public java.util.List<Long> selected(Round round, String wijk) {
        return store.find(round.id(), wijk).orElseThrow().computedSelected();
    }

    /**
     * Adopts as the wijkwethouder, with deviations (plan id -> reason), and publishes now
     * ({@code publishAt} null) or at that moment.
     */
    public void adoptAndPublish(Staff wethouder, Round round, String wijk, Map<String, String> deviations, String note,
                                Instant publishAt) {
        if (!(adoptResult.adopt(wethouder, round.id(), wijk, deviations, note) instanceof AdoptResult.Adopted)) {
            throw new IllegalStateException("demo adoption of " + wijk + " refused");
        }
        publishResult.publish(wethouder, round.id(), wijk, publishAt);
    }
}
