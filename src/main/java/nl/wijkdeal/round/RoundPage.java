package nl.wijkdeal.round;

import nl.wijkdeal.area.Area;
import nl.wijkdeal.kernel.Money;

import java.time.LocalDate;
import java.util.List;

/** The public page of a round: its phases, budgets and spelregels. */
record RoundPage(long id, String name, String description, Area area, String phase, boolean preparation,
                 List<PhaseLine> phases, List<WijkLine> wijken, Money total, List<RulesExplained.Sentence> rules,
                 String rulesText, List<String> themes, int supportThreshold, List<String> routes, int rulesVersion,
                 boolean frozen, List<RoundStore.Amendment> amendments, boolean takesPlans, boolean voting,
                 boolean counted) {

    record PhaseLine(String key, LocalDate starts, LocalDate lastDay, boolean current, boolean past) {
    }

    record WijkLine(String code, String name, Money budget) {
    }

    static RoundPage of(Round round, Area area, List<RoundStore.Amendment> amendments) {
        RoundSettings s = round.settings();
        List<PhaseLine> phases = Phase.SCHEDULED.stream().map(p -> new PhaseLine(p.key(), s.startOf(p), s.lastDayOf(p),
                p == round.phase(), p.compareTo(round.phase()) < 0)).toList();
        List<WijkLine> wijken = s.budgets().entrySet().stream()
                .map(e -> new WijkLine(e.getKey(), area.nameOf(e.getKey()), e.getValue())).toList();
        return new RoundPage(round.id(), round.text().name(), round.text().description(), area, round.phase().key(),
                round.phase() == Phase.PREPARATION, phases, wijken, s.total(), RulesExplained.of(s), round.text().rulesText(),
                round.text().themes(), round.text().supportThreshold(), s.routes().stream().map(VerificationRoute::key).toList(),
                round.rulesVersion(), round.frozen(), amendments, round.phase() == Phase.IDEAS,
                round.phase() == Phase.VOTING, round.phase().isAtLeast(Phase.COUNTING));
    }
}
