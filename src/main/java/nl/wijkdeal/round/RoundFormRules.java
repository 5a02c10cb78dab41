package nl.wijkdeal.round;

import nl.wijkdeal.kernel.Money;
import nl.wijkdeal.web.FormData;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the round form as typed and says, per field, what is wrong: a message key for the page
 * (the form comes back with every value kept). Pure: the wijken of the gebied come in as data.
 */
public final class RoundFormRules {

    public static final int MAX_CHOICES = 50;
    public static final int MAX_THEMES = 10;
    public static final int MAX_THEME_LENGTH = 60;

    /** Either the settings and text, or errors (field name -> message key); never both. */
    public record Reading(Optional<RoundText> text, Optional<RoundSettings> settings, Map<String, String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private RoundFormRules() {
    }

    /** @param wijkenOfArea the CBS codes of the gebied's wijken, in display order */
    public static Reading read(FormData form, List<String> wijkenOfArea) {
        Map<String, String> errors = new LinkedHashMap<>();

        String name = form.text("name").strip();
        if (name.isEmpty()) {
            errors.put("name", "round.error.name.empty");
        } else if (name.length() > 120) {
            errors.put("name", "round.error.name.long");
        }
        String description = form.text("description").strip();
        if (description.length() > 5000) {
            errors.put("description", "round.error.long");
        }
        String rulesText = form.text("rulesText").strip();
        if (rulesText.length() > 5000) {
            errors.put("rulesText", "round.error.long");
        }
        List<String> themes = themes(form.text("themes"), errors);
        Integer threshold = number(form.text("supportThreshold"), 0, 100_000, "supportThreshold", errors);

        Map<String, Money> budgets = budgets(form, wijkenOfArea, errors);
        Optional<Money> total = Money.parse(form.text("total"));
        if (form.text("total").isBlank()) {
            errors.put("total", "round.error.total.empty");
        } else if (total.isEmpty()) {
            errors.put("total", "round.error.money");
        } else if (total.get().cents() <= 0) {
            errors.put("total", "round.error.total.positive");
        } else if (!errors.containsKey("wijken") && budgets.keySet().stream().noneMatch(code -> errors.containsKey("budget-" + code))
                && !budgets.values().stream().reduce(Money.ZERO, Money::plus).equals(total.get())) {
            errors.put("total", "round.error.total.sum");
        }

        Map<Phase, LocalDate> schedule = schedule(form, errors);

        BallotKind kind = choice(BallotKind.values(), form.text("kind"), "kind", errors);
        List<Integer> points = List.of();
        Integer maxChoices;
        if (kind == BallotKind.POINTS) {
            points = points(form.text("points"), errors);
            maxChoices = points.isEmpty() ? null : points.size();
        } else {
            maxChoices = number(form.text("maxChoices"), 1, MAX_CHOICES, "maxChoices", errors);
        }
        Integer topN = number(form.text("topN"), 1, MAX_CHOICES, "topN", errors);
        SelectionRule rule = choice(SelectionRule.values(), form.text("rule"), "rule", errors);
        Integer age = number(form.text("minimumAge"), 0, 120, "minimumAge", errors);
        Set<VerificationRoute> routes = EnumSet.noneOf(VerificationRoute.class);
        for (String route : form.all("route")) {
            VerificationRoute chosen = choice(VerificationRoute.values(), route, "routes", errors);
            if (chosen != null) {
                routes.add(chosen);
            }
        }
        if (routes.isEmpty() && !errors.containsKey("routes")) {
            errors.put("routes", "round.error.routes");
        }

        if (!errors.isEmpty()) {
            return new Reading(Optional.empty(), Optional.empty(), errors);
        }
        return new Reading(
                Optional.of(new RoundText(name, description, rulesText, themes, threshold)),
                Optional.of(new RoundSettings(budgets, total.orElseThrow(), kind, maxChoices, points, topN, rule, age, routes, schedule)),
                errors);
    }

    private static List<String> themes(String text, Map<String, String> errors) {
        Set<String> themes = new LinkedHashSet<>();
        for (String line : text.split("\\R")) {
            String theme = line.strip();
            if (theme.isEmpty()) {
                continue;
            }
            if (theme.length() > MAX_THEME_LENGTH) {
                errors.put("themes", "round.error.themes.long");
            }
            if (!themes.add(theme)) {
                errors.put("themes", "round.error.themes.double");
            }
        }
        if (themes.size() > MAX_THEMES) {
            errors.put("themes", "round.error.themes.many");
        }
        return new ArrayList<>(themes);
    }

    private static Map<String, Money> budgets(FormData form, List<String> wijkenOfArea, Map<String, String> errors) {
        Set<String> chosen = new LinkedHashSet<>(form.all("wijk"));
        if (chosen.isEmpty()) {
            errors.put("wijken", "round.error.wijken.none");
        }
        if (!wijkenOfArea.containsAll(chosen)) {
            errors.put("wijken", "round.error.wijken.outside");
        }
        Map<String, Money> budgets = new LinkedHashMap<>();
        for (String code : wijkenOfArea) {
            if (!chosen.contains(code)) {
                continue;
            }
            String typed = form.text("budget-" + code);
            Optional<Money> budget = Money.parse(typed);
            if (typed.isBlank()) {
                errors.put("budget-" + code, "round.error.budget.empty");
            } else if (budget.isEmpty()) {
                errors.put("budget-" + code, "round.error.money");
            } else if (budget.get().isNegative()) {
                errors.put("budget-" + code, "round.error.budget.negative");
            } else {
                budgets.put(code, budget.get());
            }
        }
        return budgets;
    }

    /** Each phase starts after the previous one: no overlap, no reversed order. */
    private static Map<Phase, LocalDate> schedule(FormData form, Map<String, String> errors) {
        Map<Phase, LocalDate> schedule = new EnumMap<>(Phase.class);
        LocalDate previous = null;
        for (Phase phase : Phase.SCHEDULED) {
            String field = "start-" + phase.key();
            String typed = form.text(field).strip();
            Optional<LocalDate> date = date(typed);
            if (typed.isEmpty()) {
                errors.put(field, "round.error.date.empty");
            } else if (date.isEmpty()) {
                errors.put(field, "round.error.date.malformed");
            } else {
                if (previous != null && !date.get().isAfter(previous)) {
                    errors.put(field, "round.error.date.order");
                }
                previous = date.get();
                schedule.put(phase, date.get());
            }
        }
        return schedule;
    }

    /** The date field's own format (2027-03-01), or what people type where there is no date picker (1-3-2027). */
    static Optional<LocalDate> date(String typed) {
        for (String pattern : List.of("uuuu-MM-dd", "d-M-uuuu", "d/M/uuuu")) {
            try {
                return Optional.of(LocalDate.parse(typed, DateTimeFormatter.ofPattern(pattern)
                        .withResolverStyle(java.time.format.ResolverStyle.STRICT)));
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        return Optional.empty();
    }

    /** "3, 2, 1" or "3-2-1": 1 to 10 whole numbers from 1 to 100, highest first, each lower than the one before. */
    private static List<Integer> points(String typed, Map<String, String> errors) {
        List<Integer> points = new ArrayList<>();
        String text = typed.strip();
        if (text.isEmpty() || !text.matches("\\d{1,3}(\\s*[,;\\- ]\\s*\\d{1,3}){0,9}")) {
            errors.put("points", "round.error.points");
            return List.of();
        }
        for (String part : text.split("\\s*[,;\\- ]\\s*")) {
            int value = Integer.parseInt(part);
            if (value < 1 || value > 100 || (!points.isEmpty() && value >= points.get(points.size() - 1))) {
                errors.put("points", "round.error.points");
                return List.of();
            }
            points.add(value);
        }
        return points;
    }

    private static Integer number(String typed, int min, int max, String field, Map<String, String> errors) {
        String text = typed.strip();
        if (text.isEmpty()) {
            errors.put(field, "round.error." + field + ".empty");
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                errors.put(field, "round.error." + field + ".range");
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.put(field, "round.error." + field + ".range");
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(E[] values, String typed, String field, Map<String, String> errors) {
        for (E value : values) {
            if (value.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(typed)) {
                return value;
            }
        }
        errors.put(field, "round.error." + field);
        return null;
    }
}
