package nl.wijkdeal.round;

import nl.wijkdeal.area.Area;

import java.util.List;

/** A round as its gebiedsteam and wijkwethouder see it. */
record RoundAdminPage(RoundPage round, boolean canConfigure, String nextPhase, String notice) {

    static RoundAdminPage of(Round round, Area area, List<RoundStore.Amendment> amendments, boolean canConfigure, String notice) {
        String next = PhaseRules.canMoveByHand(round.phase()) == PhaseRules.Reason.OK ? PhaseRules.next(round.phase()).key() : null;
        return new RoundAdminPage(RoundPage.of(round, area, amendments), canConfigure, next, notice);
    }
}
