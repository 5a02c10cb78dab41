package nl.wijkdeal.plan;

import nl.wijkdeal.kernel.Money;

/** What the author wrote: one version of a plan. {@code theme} and {@code location} may be null. */
public record PlanText(String title, String summary, String description, Money cost, String wijk,
                       String theme, String location) {
}
