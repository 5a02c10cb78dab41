package nl.wijkdeal.register;

import jakarta.inject.Singleton;
import nl.wijkdeal.area.AreaDirectory;
import nl.wijkdeal.round.Phase;
import nl.wijkdeal.round.Round;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Finds a resident's register entry by stemcode or by address and date of birth: the lookups that
 * the resident's own check and the counter share. A register entry and its code are one voter,
 * whichever way it is found.
 */
@Singleton
class FindVoter {

    enum Problem {
        CODE_UNKNOWN, CODE_OTHER_ROUND, CODE_REVOKED, NOT_IN_REGISTER, ALREADY_VOTED, OUTSIDE_ROUND, TOO_YOUNG;

        /** Whether this answer came from looking for something that does not exist: a guess, for the limits. */
        boolean missed() {
            return this == CODE_UNKNOWN || this == CODE_OTHER_ROUND || this == CODE_REVOKED || this == NOT_IN_REGISTER;
        }
    }

    /** The entry that may vote (with the hash of the code used, if any), or the problem. */
    record Found(RegisterStore.Entry entry, byte[] codeHash, Problem problem) {
        boolean ok() {
            return problem == null;
        }

        static Found problem(Problem problem) {
            return new Found(null, null, problem);
        }
    }

    private final RegisterStore store;
    private final RegisterKeys keys;
    private final AreaDirectory areas;

    FindVoter(RegisterStore store, RegisterKeys keys, AreaDirectory areas) {
        this.store = store;
        this.keys = keys;
        this.areas = areas;
    }

    Found byCode(Round round, Stemcode code) {
        byte[] hash = keys.code(code);
        Optional<RegisterStore.Code> found = store.code(hash);
        if (found.isEmpty()) {
            return Found.problem(Problem.CODE_UNKNOWN);
        }
        if (found.get().roundId() != round.id()) {
            return Found.problem(Problem.CODE_OTHER_ROUND);
        }
        if (found.get().revoked()) {
            return Found.problem(Problem.CODE_REVOKED);
        }
        return entryFound(found.get().entry(), hash);
    }

    /** Checks the wijk and the age first: those need no register and reveal nothing about it. */
    Found byAddress(Round round, Resident resident) {
        Optional<String> wijk = areas.neighbourhoodOfPostcode(resident.pc4());
        LocalDate firstVotingDay = round.settings().startOf(Phase.VOTING);
        switch (EligibilityPolicy.check(wijk, round.settings().budgets().keySet(), resident.birthDate(),
                firstVotingDay, round.settings().minimumAge())) {
            case OUTSIDE_ROUND:
                return Found.problem(Problem.OUTSIDE_ROUND);
            case TOO_YOUNG:
                return Found.problem(Problem.TOO_YOUNG);
            default:
                break;
        }
        return store.entry(round.id(), keys.identity(round.id(), resident))
                .map(entry -> entryFound(entry, null))
                .orElse(Found.problem(Problem.NOT_IN_REGISTER));
    }

    private static Found entryFound(RegisterStore.Entry entry, byte[] codeHash) {
        return switch (entry.status()) {
            case ELIGIBLE -> new Found(entry, codeHash, null);
            case VOTED -> Found.problem(Problem.ALREADY_VOTED);
            case REMOVED -> Found.problem(Problem.NOT_IN_REGISTER);
        };
    }
}
