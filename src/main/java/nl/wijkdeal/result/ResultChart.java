package nl.wijkdeal.result;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/** The bar chart of a wijk's result page: every plan's score, the adopted choice highlighted. */
final class ResultChart {

    private ResultChart() {
    }

    /** @param text a message by key and values, in the visitor's language */
    static String svg(ResultView view, BiFunction<String, Object[], String> text, Locale locale) {
        List<BarChart.Bar> bars = view.plans().stream()
                .map(plan -> new BarChart.Bar(plan.title(), plan.score(), plan.adoptedSelected())).toList();
        long chosen = view.plans().stream().filter(ResultView.PlanLine::adoptedSelected).count();
        return new BarChart("chart-" + view.wijk().replaceAll("[^A-Za-z0-9]", ""),
                text.apply("result.chart.title", new Object[] {view.wijkName()}),
                text.apply("result.chart.description", new Object[] {view.plans().size(), chosen}),
                text.apply(view.points() ? "result.points.lower" : "result.votes.lower", new Object[0]),
                text.apply("result.chart.legend", new Object[0]), locale, bars).svg();
    }
}
