package nl.wijkdeal.round;

import nl.wijkdeal.kernel.Money;

import java.time.LocalDate;

/** One line in a list of rounds. */
record RoundSummary(long id, String name, String areaCode, String phase, Money total, LocalDate votingStarts) {

    static RoundSummary of(Round round) {
        return new RoundSummary(round.id(), round.text().name(), round.areaCode(), round.phase().key(),
                round.settings().total(), round.settings().startOf(Phase.VOTING));
    }
}
