package nl.wijkdeal.result;

import nl.wijkdeal.kernel.Money;
import nl.wijkdeal.result.recount.PublishedResult;
import nl.wijkdeal.round.RoundSettings;
import nl.wijkdeal.tally.Reason;
import nl.wijkdeal.tally.ScoreUnit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;

/**
 * A wijk's result as its pages show it, made from the stored count (never recounted): the plans in
 * place order with score, cost and both outcomes, turnout, and the decision.
 */
record ResultView(long roundId, String roundName, String areaCode, String wijk, String wijkName, String status,
                  String budget, int ballots, Integer eligible, String percent, int online, int counter, int paper,
                  boolean ballotsPublished, boolean points, List<PlanLine> plans, List<PlanLine> top, int topN,
                  String computedTotal, String adoptedTotal, List<PlanLine> deviations, String note, String adoptedBy,
                  Instant adoptedAt, Instant publishAt, Instant publishedAt, Instant countedAt, List<Why> how) {

    /** One plan: its numbers, whether the count and the decision chose it, and why. */
    record PlanLine(long id, String title, String cost, long score, int voters, int place, boolean computedSelected,
                    boolean adoptedSelected, String deviationReason, Why why) {
    }

    /** A sentence ("waarom wel / niet gekozen", "zo is geteld"): a message key and up to three values. */
    record Why(String key, Object a, Object b, Object c) {

        static Why of(ExplanationText.Sentence sentence) {
            List<Object> args = sentence.args();
            return new Why(sentence.key(), args.size() > 0 ? args.get(0) : null, args.size() > 1 ? args.get(1) : null,
                    args.size() > 2 ? args.get(2) : null);
        }
    }

    // Public, like every derived value a template reads: Handlebars' method resolver does not see
    // package-private methods, so {{#if result.counted}} was always false.
    public boolean counted() {
        return "COUNTED".equals(status);
    }

    public boolean adopted() {
        return !counted();
    }

    public boolean published() {
        return "PUBLISHED".equals(status);
    }

    static ResultView of(String roundName, String areaCode, String wijkName, RoundSettings settings, ResultStore.Row row,
                         List<ResultStore.PlanRow> planRows) {
        int topN = settings.topN();
        ScoreUnit unit = row.ballotKind().equals("points") || row.ballotKind().equals("ranked") ? ScoreUnit.POINTS : ScoreUnit.VOTES;
        Map<String, String> titles = new HashMap<>();
        planRows.forEach(p -> titles.put(Long.toString(p.planId()), p.title()));
        List<PlanLine> plans = new ArrayList<>();
        Money computed = Money.ZERO;
        Money adopted = Money.ZERO;
        for (ResultStore.PlanRow p : planRows) {
            boolean adoptedSelected = p.adoptedSelected() == null ? p.computedSelected() : p.adoptedSelected();
            plans.add(new PlanLine(p.planId(), p.title(), p.cost().format(), p.score(), p.voters(), p.place(),
                    p.computedSelected(), adoptedSelected, p.deviationReason(),
                    Why.of(ExplanationText.why(settings.rule(), Reason.valueOf(p.reason()), p.selectionRound(), p.place(),
                            p.score(), unit, p.amount(), WijkCount.euros(p.cost()), p.limit(), titles.get(p.otherPlanId())))));
            computed = p.computedSelected() ? computed.plus(p.cost()) : computed;
            adopted = adoptedSelected ? adopted.plus(p.cost()) : adopted;
        }
        List<PlanLine> deviations = plans.stream().filter(p -> p.deviationReason() != null).toList();
        String percent = row.eligible() == null || row.eligible() == 0 ? null
                : String.format(Locale.forLanguageTag("nl"), "%.1f%%", 100.0 * row.ballots() / row.eligible());
        // The same threshold hides the ballots file and the turnout per channel: both could point at people.
        boolean enough = row.ballots() >= PublishedResult.MIN_PUBLISHED_BALLOTS;
        boolean adoptedYet = row.status() != ResultStore.Status.COUNTED;
        return new ResultView(row.roundId(), roundName, areaCode, row.wijk(), wijkName, row.status().name(),
                row.budget().format(), row.ballots(), row.eligible(), percent, row.online(), row.counter(), row.paper(),
                enough, unit == ScoreUnit.POINTS, plans, plans.stream().limit(topN).toList(), topN, computed.format(),
                adoptedYet ? adopted.format() : null, deviations, row.decisionNote(), row.adoptedBy(), row.adoptedAt(),
                row.publishAt(), row.publishedAt(), row.countedAt(),
                ExplanationText.how(settings, row.budget()).stream().map(Why::of).toList());
    }
}
