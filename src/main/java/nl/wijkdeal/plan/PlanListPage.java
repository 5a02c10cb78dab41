package nl.wijkdeal.plan;

import nl.wijkdeal.area.Area;
import nl.wijkdeal.kernel.Money;
import nl.wijkdeal.round.Phase;
import nl.wijkdeal.round.Round;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** A round's plans with the filter form; the filters live in the URL, so a list can be shared. */
record PlanListPage(RoundLine round, Query query, List<Option> wijken, List<Option> themes, List<Option> supportChoices,
                    List<Option> orders, List<Line> plans, boolean canSubmit, int threshold) {

    record RoundLine(long id, String name, String phase) {
        static RoundLine of(Round round) {
            return new RoundLine(round.id(), round.text().name(), round.phase().key());
        }
    }

    record Option(String value, String label, boolean selected) {
    }

    record Line(long id, String title, String summary, Money cost, String wijk, String theme, String author,
                int supports, boolean enoughSupport) {
    }

    /** What was asked, as typed (kept in the form), and the filter it makes. */
    record Query(String text, String wijk, String theme, String support, String order, long seed, PlanFilter filter) {

        static Query of(Round round, String text, String wijk, String theme, String support, String order, Long seed) {
            String q = text == null ? "" : PlanFormRules.clean(text);
            q = q.length() > 100 ? q.substring(0, 100) : q;
            String w = wijk != null && round.settings().budgets().containsKey(wijk) ? wijk : "";
            String t = theme != null && round.text().themes().contains(theme) ? theme : "";
            String s = "genoeg".equals(support) || "te-weinig".equals(support) ? support : "";
            PlanFilter.Order o = switch (order == null ? "" : order) {
                case "steun" -> PlanFilter.Order.SUPPORTED;
                case "nieuw" -> PlanFilter.Order.NEWEST;
                default -> PlanFilter.Order.RANDOM;
            };
            // A visitor's shuffle stays put while they filter and come back: the seed travels in the
            // form and the links, not in a cookie.
            long z = seed != null && seed > 0 ? seed : ThreadLocalRandom.current().nextLong(1, 1_000_000_000L);
            PlanFilter filter = new PlanFilter(w.isEmpty() ? null : w, t.isEmpty() ? null : t,
                    s.isEmpty() ? null : round.text().supportThreshold(), "genoeg".equals(s), q.isEmpty() ? null : q, o, z);
            return new Query(q, w, t, s, orderKey(o), z, filter);
        }

        private static String orderKey(PlanFilter.Order order) {
            return switch (order) {
                case RANDOM -> "willekeurig";
                case SUPPORTED -> "steun";
                case NEWEST -> "nieuw";
            };
        }
    }

    static PlanListPage of(Round round, Area area, Query query, List<Plan> plans) {
        int threshold = round.text().supportThreshold();
        List<Option> wijken = round.settings().budgets().keySet().stream()
                .map(code -> new Option(code, area.nameOf(code), code.equals(query.wijk()))).toList();
        List<Option> themes = round.text().themes().stream().map(t -> new Option(t, t, t.equals(query.theme()))).toList();
        List<Option> support = List.of("genoeg", "te-weinig").stream()
                .map(v -> new Option(v, "plan.list.support." + v, v.equals(query.support()))).toList();
        List<Option> orders = List.of("willekeurig", "steun", "nieuw").stream()
                .map(v -> new Option(v, "plan.list.order." + v, v.equals(query.order()))).toList();
        List<Line> lines = plans.stream().map(p -> new Line(p.id(), p.text().title(), p.text().summary(), p.text().cost(),
                area.nameOf(p.text().wijk()), p.text().theme(), p.shownName(), p.supports(),
                p.supports() >= threshold)).toList();
        return new PlanListPage(RoundLine.of(round), query, wijken, themes, support, orders, lines,
                round.phase() == Phase.IDEAS, threshold);
    }
}
