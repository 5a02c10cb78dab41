package nl.wijkdeal.round;

import jakarta.inject.Singleton;
import nl.wijkdeal.area.RoundsNearby;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The rounds residents may see (not in preparation): for the public pages, the area pages and the
 * features that hang off a round (plans, later ballots).
 */
@Singleton
public class PublicRounds implements RoundsNearby {

    private final RoundStore store;

    PublicRounds(RoundStore store) {
        this.store = store;
    }

    public List<Round> all() {
        return matching(round -> true);
    }

    public Optional<Round> find(long id) {
        return store.find(id).filter(PublicRounds::isPublic);
    }

    /** Any round, also one in preparation: for staff pages, which check the staff member's rights themselves. */
    public Optional<Round> findForStaff(long id) {
        return store.find(id);
    }

    private static boolean isPublic(Round round) {
        return round.phase() != Phase.PREPARATION;
    }

    @Override
    public List<RoundLink> inArea(String areaCode) {
        return links(round -> round.areaCode().equals(areaCode));
    }

    @Override
    public List<RoundLink> inNeighbourhood(String cbsCode) {
        return links(round -> round.settings().budgets().containsKey(cbsCode));
    }

    private List<RoundLink> links(Predicate<Round> which) {
        return matching(which).stream().map(r -> new RoundLink(r.id(), r.text().name(), r.phase().key())).toList();
    }

    private List<Round> matching(Predicate<Round> which) {
        return store.all().stream().filter(PublicRounds::isPublic).filter(which).toList();
    }
}
