package nl.wijkdeal.round;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.wijkdeal.area.Area;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A round as the API shows it: everything public, amounts in euro cents, dates as ISO days. */
@Serdeable
@Schema(name = "Round")
public record RoundView(long id, String area, String name, String description, String phase,
                        List<PhaseDates> phases, List<WijkBudget> wijken, long totalBudgetCents,
                        Ballot ballot, List<String> themes, int supportThreshold, List<String> verificationRoutes,
                        int rulesVersion, Instant frozenAt, String url) {

    @Serdeable
    @Schema(name = "RoundPhase")
    public record PhaseDates(String phase, LocalDate starts, LocalDate lastDay, boolean current) {
    }

    @Serdeable
    public record WijkBudget(String code, String name, long budgetCents) {
    }

    @Serdeable
    @Schema(name = "BallotSettings")
    public record Ballot(String kind, int maxChoices, List<Integer> points, int topN, String rule, int minimumAge) {
    }

    static RoundView of(Round round, Area area) {
        RoundSettings s = round.settings();
        List<PhaseDates> phases = Phase.SCHEDULED.stream()
                .map(p -> new PhaseDates(p.key(), s.startOf(p), s.lastDayOf(p), p == round.phase())).toList();
        List<WijkBudget> wijken = s.budgets().entrySet().stream()
                .map(e -> new WijkBudget(e.getKey(), area.nameOf(e.getKey()), e.getValue().cents())).toList();
        return new RoundView(round.id(), round.areaCode(), round.text().name(), round.text().description(),
                round.phase().key(), phases, wijken, s.total().cents(),
                new Ballot(s.kind().key(), s.maxChoices(), s.points(), s.topN(), s.rule().key(), s.minimumAge()),
                round.text().themes(), round.text().supportThreshold(),
                s.routes().stream().map(VerificationRoute::key).toList(), round.rulesVersion(), round.frozenAt(),
                "/rondes/" + round.id());
    }

    /** The settings as plain data, for an amendment's before and after. */
    static Map<String, Object> settings(RoundSettings s) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Long> budgets = new LinkedHashMap<>();
        s.budgets().forEach((code, money) -> budgets.put(code, money.cents()));
        Map<String, String> schedule = new LinkedHashMap<>();
        s.schedule().forEach((phase, date) -> schedule.put(phase.key(), date.toString()));
        out.put("budgetsCents", budgets);
        out.put("totalCents", s.total().cents());
        out.put("kind", s.kind().key());
        out.put("maxChoices", s.maxChoices());
        out.put("points", s.points());
        out.put("topN", s.topN());
        out.put("rule", s.rule().key());
        out.put("minimumAge", s.minimumAge());
        out.put("routes", s.routes().stream().map(VerificationRoute::key).toList());
        out.put("schedule", schedule);
        return out;
    }
}
