package nl.wijkdeal.ballot;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import nl.wijkdeal.kernel.Money;
import nl.wijkdeal.register.SeedRegister;
import nl.wijkdeal.register.VoterPass;
import nl.wijkdeal.round.Phase;
import nl.wijkdeal.round.Round;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Ballots in a demo round that is past voting, so the count has something to count: for demo data
 * only. Residents' ballots always come in through {@link CastBallot}.
 *
 * <p>Per wijk, N register entries turn VOTED and N ballots go in the box, in one transaction, so
 * the register and the box agree (who voted and what was voted stay apart, as in a real vote). The
 * choices come from a seeded {@link Random}: the demo's results are the same on every start.
 */
@Singleton
public class SeedBallots {

    private final BallotPapers papers;
    private final BallotStore store;
    private final SeedRegister register;

    SeedBallots(BallotPapers papers, BallotStore store, SeedRegister register) {
        this.papers = papers;
        this.store = store;
        this.register = register;
    }

    /**
     * @param perWijk how many residents voted in each wijk; fewer when the wijk has fewer eligible
     * @return per wijk, the ballots stored
     */
    @Transactional
    public Map<String, Integer> seed(Round round, Map<String, Integer> perWijk, long seed) {
        if (round.phase().compareTo(Phase.VOTING) <= 0) {
            throw new IllegalStateException("demo ballots only in a round past voting, not in " + round.phase());
        }
        Random random = new Random(seed);
        Map<String, Integer> stored = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> wijk : perWijk.entrySet()) {
            BallotPaper paper = papers.of(round, wijk.getKey()).paper();
            int voted = register.markVoted(round, wijk.getKey(), wijk.getValue());
            for (int i = 0; i < voted; i++) {
                List<Choice> choices = choices(paper, random);
                if (!BallotRules.check(paper, choices).isEmpty()) {
                    throw new IllegalStateException("a demo ballot breaks the rules of " + paper.kind() + ": "
                            + BallotRules.check(paper, choices));
                }
                VoterPass.Channel channel = channel(random);
                store.insert(round.id(), wijk.getKey(), channel, ReceiptCode.random().hash(), choices);
                store.countTurnout(round.id(), wijk.getKey(), channel);
            }
            stored.put(wijk.getKey(), voted);
        }
        return stored;
    }

    /**
     * A valid ballot of this paper's kind: the plans in the order this voter likes them, where the
     * plans listed first are liked more often (a demo count with clear winners reads better than a
     * tie), then as many as the kind and the voter's taste allow.
     */
    static List<Choice> choices(BallotPaper paper, Random random) {
        List<Long> plans = new ArrayList<>(paper.plans().keySet());
        if (plans.isEmpty()) {
            throw new IllegalStateException("no plans on the ballot to vote for");
        }
        Map<Long, Double> liking = new LinkedHashMap<>();
        for (int i = 0; i < plans.size(); i++) {
            // Weighted random order (Efraimidis-Spirakis): the smaller the key, the higher the place.
            liking.put(plans.get(i), -Math.log(1 - random.nextDouble()) / (plans.size() - i));
        }
        plans.sort(Comparator.comparingDouble(liking::get));
        List<Choice> choices = new ArrayList<>();
        switch (paper.kind()) {
            case CHOOSE_UP_TO -> plans.subList(0, upTo(Math.min(paper.maxChoices(), plans.size()), random))
                    .forEach(plan -> choices.add(Choice.of(plan)));
            case RANKED -> {
                int n = upTo(Math.min(paper.maxChoices(), plans.size()), random);
                for (int place = 1; place <= n; place++) {
                    choices.add(new Choice(plans.get(place - 1), place));
                }
            }
            case POINTS -> {
                int n = upTo(Math.min(paper.points().size(), plans.size()), random);
                for (int i = 0; i < n; i++) {
                    choices.add(new Choice(plans.get(i), paper.points().get(i)));
                }
            }
            case KNAPSACK -> {
                Money left = paper.budget();
                for (long plan : plans) {
                    Money cost = paper.plans().get(plan);
                    if (cost.compareTo(left) <= 0 && (choices.isEmpty() || random.nextInt(4) > 0)) {
                        choices.add(Choice.of(plan));
                        left = new Money(left.cents() - cost.cents());
                    }
                }
            }
        }
        return choices;
    }

    /** 1..max, max most often: most residents use all they may choose, some pick only their favourite. */
    private static int upTo(int max, Random random) {
        return random.nextBoolean() ? max : 1 + random.nextInt(max);
    }

    /** Most vote online; some at a counter, some on paper entered by staff. */
    private static VoterPass.Channel channel(Random random) {
        int roll = random.nextInt(100);
        return roll < 80 ? VoterPass.Channel.ONLINE : roll < 92 ? VoterPass.Channel.COUNTER : VoterPass.Channel.PAPER;
    }
}
