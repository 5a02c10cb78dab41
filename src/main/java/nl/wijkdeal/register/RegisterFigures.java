package nl.wijkdeal.register;

import jakarta.inject.Singleton;

import java.util.Map;

/**
 * Figures of a round's register for other features: how many residents may vote per wijk, read
 * from the last completed import's report (a fixed number, so turnout pages never count entries).
 */
@Singleton
public class RegisterFigures {

    private final RegisterStore store;

    RegisterFigures(RegisterStore store) {
        this.store = store;
    }

    /** Per wijk (CBS code): the residents in the register; empty before the first import. */
    public Map<String, Integer> eligiblePerWijk(long roundId) {
        return store.latestImport(roundId, RegisterStore.ImportState.DONE)
                .map(row -> row.report().eligible()).orElse(Map.of());
    }
}
