package nl.wijkdeal.ballot;

import nl.wijkdeal.area.Area;
import nl.wijkdeal.register.VoterPass;
import nl.wijkdeal.round.Round;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Opkomst: per wijk the ballots so far per channel and as a share of the residents in the register. */
record TurnoutPage(long roundId, String roundName, List<Line> wijken, Line total, boolean voting) {

    record Line(String name, int eligible, int online, int counter, int paper, int ballots, String percent) {
    }

    static TurnoutPage of(Round round, Area area, Map<String, Integer> eligible,
                          Map<String, Map<VoterPass.Channel, Integer>> ballots) {
        List<Line> lines = new ArrayList<>();
        for (String wijk : round.settings().budgets().keySet()) {
            Map<VoterPass.Channel, Integer> cast = ballots.getOrDefault(wijk, Map.of());
            lines.add(line(area.nameOf(wijk), eligible.getOrDefault(wijk, 0), cast.getOrDefault(VoterPass.Channel.ONLINE, 0),
                    cast.getOrDefault(VoterPass.Channel.COUNTER, 0), cast.getOrDefault(VoterPass.Channel.PAPER, 0)));
        }
        Line total = line("", lines.stream().mapToInt(Line::eligible).sum(), lines.stream().mapToInt(Line::online).sum(),
                lines.stream().mapToInt(Line::counter).sum(), lines.stream().mapToInt(Line::paper).sum());
        return new TurnoutPage(round.id(), round.text().name(), lines, total,
                round.phase() == nl.wijkdeal.round.Phase.VOTING);
    }

    private static Line line(String name, int eligible, int online, int counter, int paper) {
        int ballots = online + counter + paper;
        String percent = eligible == 0 ? "–"
                : String.format(Locale.forLanguageTag("nl"), "%.1f%%", 100.0 * ballots / eligible);
        return new Line(name, eligible, online, counter, paper, ballots, percent);
    }
}
