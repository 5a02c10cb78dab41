package nl.wijkdeal.register;

import nl.wijkdeal.area.Area;
import nl.wijkdeal.round.Round;

import java.util.List;
import java.util.Map;

/**
 * The register of a round for the gebiedsteam: how many residents can vote per wijk, how many have
 * voted and have a code; the last import's report; the forms to import a file and print letters.
 *
 * @param importState the latest import: running, done or failed; null before the first
 */
record RegisterAdminPage(long roundId, String roundName, List<WijkLine> wijken, WijkLine total, boolean canManage,
                         boolean open, Long importId, String importState, ImportReportView report,
                         List<Choice> wijkChoices, Map<String, String> errors, boolean hasErrors, String problemColumns,
                         String notice) {

    record WijkLine(String name, int eligible, int voted, int removed, int codes) {
    }

    record Choice(String code, String name) {
    }

    static RegisterAdminPage of(Round round, Area area, List<RegisterStore.WijkCount> counts,
                                RegisterStore.ImportRow latest, boolean canManage, Map<String, String> errors,
                                List<String> problemColumns, String notice) {
        List<WijkLine> lines = round.settings().budgets().keySet().stream().map(code -> counts.stream()
                .filter(c -> c.wijk().equals(code)).findFirst()
                .map(c -> new WijkLine(area.nameOf(code), c.eligible(), c.voted(), c.removed(), c.codes()))
                .orElse(new WijkLine(area.nameOf(code), 0, 0, 0, 0))).toList();
        WijkLine total = new WijkLine("", lines.stream().mapToInt(WijkLine::eligible).sum(),
                lines.stream().mapToInt(WijkLine::voted).sum(), lines.stream().mapToInt(WijkLine::removed).sum(),
                lines.stream().mapToInt(WijkLine::codes).sum());
        List<Choice> choices = round.settings().budgets().keySet().stream().map(c -> new Choice(c, area.nameOf(c))).toList();
        return new RegisterAdminPage(round.id(), round.text().name(), lines, total, canManage,
                ImportRegister.OPEN.contains(round.phase()), latest == null ? null : latest.id(),
                latest == null ? null : latest.state().name().toLowerCase(java.util.Locale.ROOT),
                latest == null || latest.report() == null ? null : ImportReportView.of(latest.report(), area),
                choices, errors, !errors.isEmpty(), String.join(", ", problemColumns), notice);
    }
}
