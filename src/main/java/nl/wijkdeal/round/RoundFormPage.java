package nl.wijkdeal.round;

import nl.wijkdeal.area.Area;
import nl.wijkdeal.web.FormData;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The round form as the template needs it: every value as typed and every error beside its field.
 *
 * @param round  the round being changed, or null for a new one
 * @param kept   the form came back from before a re-login
 */
record RoundFormPage(Area area, Round round, boolean frozen, FormData form, Map<String, String> errors,
                     List<WijkRow> wijken, List<PhaseRow> phases, List<Option> kinds, List<Option> rules,
                     List<Option> routes, boolean kept, String action, String returnPath) {

    record WijkRow(String code, String name, boolean chosen, String budget, String error) {
    }

    record PhaseRow(String key, String typed, String error) {
    }

    record Option(String value, boolean checked) {
    }

    /** A field's typed value, for {{v "name"}}-free templates: {{form.fields.name.[0]}} is unreadable. */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        form.fields().forEach((name, typed) -> values.put(name, typed.isEmpty() ? "" : typed.get(0)));
        return values;
    }

    public String titleKey() {
        return round == null ? "roundForm.titleNew" : "roundForm.titleEdit";
    }

    public String titleArg() {
        return round == null ? area.name() : round.text().name();
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    static RoundFormPage of(Area area, Round round, FormData form, Map<String, String> errors, boolean kept) {
        List<String> chosen = form.all("wijk");
        List<WijkRow> wijken = area.neighbourhoods().stream().map(n -> new WijkRow(n.cbsCode(), n.name(),
                chosen.contains(n.cbsCode()), form.text("budget-" + n.cbsCode()), errors.get("budget-" + n.cbsCode()))).toList();
        List<PhaseRow> phases = Phase.SCHEDULED.stream().map(p ->
                new PhaseRow(p.key(), form.text("start-" + p.key()), errors.get("start-" + p.key()))).toList();
        List<Option> kinds = Arrays.stream(BallotKind.values()).map(k -> new Option(k.key(), k.key().equals(form.text("kind")))).toList();
        List<Option> rules = Arrays.stream(SelectionRule.values()).map(r -> new Option(r.key(), r.key().equals(form.text("rule")))).toList();
        List<Option> routes = Arrays.stream(VerificationRoute.values())
                .map(r -> new Option(r.key(), form.all("route").contains(r.key()))).toList();
        String action = round == null ? "/beheer/rondes" : "/beheer/rondes/" + round.id();
        String returnPath = round == null ? "/beheer/rondes/nieuw?gebied=" + area.code() : "/beheer/rondes/" + round.id() + "/bewerken";
        return new RoundFormPage(area, round, round != null && round.frozen(), form, errors, wijken, phases, kinds, rules,
                routes, kept, action, returnPath);
    }

    /** A new round starts from the usual Groningen choices: choose up to 10, greedy, 12 and older. */
    static FormData defaults() {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("kind", List.of(BallotKind.CHOOSE_UP_TO.key()));
        fields.put("maxChoices", List.of("10"));
        fields.put("points", List.of("3, 2, 1"));
        fields.put("topN", List.of("10"));
        fields.put("rule", List.of(SelectionRule.GREEDY.key()));
        fields.put("minimumAge", List.of("12"));
        fields.put("supportThreshold", List.of("30"));
        fields.put("route", List.of(VerificationRoute.STEMCODE.key(), VerificationRoute.COUNTER.key()));
        return new FormData(fields);
    }

    /** The form filled in from a stored round. */
    static FormData of(Round round) {
        RoundSettings s = round.settings();
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("name", List.of(round.text().name()));
        fields.put("description", List.of(round.text().description()));
        fields.put("rulesText", List.of(round.text().rulesText()));
        fields.put("themes", List.of(String.join("\n", round.text().themes())));
        fields.put("supportThreshold", List.of(Integer.toString(round.text().supportThreshold())));
        fields.put("wijk", new ArrayList<>(s.budgets().keySet()));
        s.budgets().forEach((code, budget) -> fields.put("budget-" + code, List.of(budget.formInput())));
        fields.put("total", List.of(s.total().formInput()));
        s.schedule().forEach((phase, date) -> fields.put("start-" + phase.key(), List.of(date.toString())));
        fields.put("kind", List.of(s.kind().key()));
        fields.put("maxChoices", List.of(Integer.toString(s.maxChoices())));
        fields.put("points", List.of(String.join(", ", s.points().stream().map(String::valueOf).toList())));
        fields.put("topN", List.of(Integer.toString(s.topN())));
        fields.put("rule", List.of(s.rule().key()));
        fields.put("minimumAge", List.of(Integer.toString(s.minimumAge())));
        fields.put("route", s.routes().stream().map(VerificationRoute::key).toList());
        return new FormData(fields);
    }
}
