package nl.wijkdeal.tally;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A plan on the ballot. The cost is exact (Pabulib files hold decimals such as {@code 2372571.24});
 * its scale is kept so that writing a file back gives the same text.
 *
 * @param id   the project id, compared as a string when ties are broken ("10" comes before "9")
 * @param cost the cost in currency units, never negative
 * @param name a human-readable name, may be empty
 */
public record Project(String id, BigDecimal cost, String name) {

    public Project {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cost, "cost");
        name = name == null ? "" : name;
        if (id.isBlank()) {
            throw new IllegalArgumentException("een plan heeft geen nummer (project_id)");
        }
        if (cost.signum() < 0) {
            throw new IllegalArgumentException("plan " + id + " heeft negatieve kosten: " + cost.toPlainString());
        }
    }

    public Project(String id, long cost) {
        this(id, BigDecimal.valueOf(cost), "");
    }
}
