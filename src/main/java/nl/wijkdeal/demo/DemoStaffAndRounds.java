package nl.wijkdeal.demo;

import jakarta.inject.Singleton;
import nl.wijkdeal.round.CreateRound;
import nl.wijkdeal.round.CatchUpPhases;
import nl.wijkdeal.staff.CreateStaffAccount;
import nl.wijkdeal.staff.Staff;
import nl.wijkdeal.web.FormData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Demo staff (one of each role) and four rounds in different phases, with dates around today so
 * that every phase can be seen. Created once, on an installation without staff accounts. The
 * passwords are fixed so the README can list them; a real installation has no such accounts.
 */
@Singleton
class DemoStaffAndRounds {

    private static final Logger LOG = LoggerFactory.getLogger(DemoStaffAndRounds.class);

    /** e-mail, name, role, gebieden, password. */
    static final List<List<String>> STAFF = List.of(
            List.of("beheer@wijkdeal.example", "Bea Beheer", "admin", "", "demo-beheer-2026"),
            List.of("zuid@wijkdeal.example", "Gebiedsteam Zuid", "gebiedsteam", "zuid", "demo-zuid-2026"),
            List.of("oost@wijkdeal.example", "Gebiedsteam Oost", "gebiedsteam", "oost,oude-wijken", "demo-oost-2026"),
            List.of("wethouder.zuid@wijkdeal.example", "Wethouder Zuid", "wijkwethouder", "zuid", "demo-wethouder-2026"),
            List.of("wethouder.oost@wijkdeal.example", "Wethouder Oost", "wijkwethouder", "oost", "demo-wethouder-2026"),
            List.of("balie.zuid@wijkdeal.example", "WIJ-team Zuid", "wij_team", "zuid", "demo-balie-2026"));

    private final Map<String, Staff> created = new LinkedHashMap<>();
    private final CreateStaffAccount createStaff;
    private final CreateRound createRound;
    private final CatchUpPhases phases;
    private final Clock clock;

    DemoStaffAndRounds(CreateStaffAccount createStaff, CreateRound createRound, CatchUpPhases phases, Clock clock) {
        this.createStaff = createStaff;
        this.createRound = createRound;
        this.phases = phases;
        this.clock = clock;
    }

    /** @return false when they were there already (a restart), so nothing that builds on them is added again */
    boolean load() {
        Map<String, Staff> staff = created;
        for (List<String> row : STAFF) {
            var result = createStaff.create(new CreateStaffAccount.Request(row.get(0), row.get(1), row.get(2),
                    row.get(3).isEmpty() ? List.of() : List.of(row.get(3).split(","))), null, row.get(4));
            if (!(result instanceof CreateStaffAccount.Created created)) {
                LOG.info("Demo mode: staff accounts exist already, no demo staff or rounds added");
                return false;
            }
            staff.put(row.get(0), created.staff());
            LOG.info("Demo mode: staff account {} ({}) with password {}", row.get(0), row.get(2), row.get(4));
        }
        LocalDate today = LocalDate.now(clock);
        Staff zuid = staff.get("zuid@wijkdeal.example");
        Staff oost = staff.get("oost@wijkdeal.example");
        round(zuid, "zuid", "Wijkdeal De Wijert 2027", today.minusDays(40),
                Map.of("WK001406", "25000", "WK001405", "20000"), "45000", "choose-up-to", "greedy");
        round(oost, "oost", "Wijkdeal Oost 2026", today.minusDays(100),
                Map.of("WK001411", "40000", "WK001412", "35000"), "75000", "points", "greedy");
        round(oost, "oude-wijken", "Buurtbudget Oude Wijken 2027", today.plusDays(30),
                Map.of("WK001402", "30000"), "30000", "ranked", "equal-shares");
        round(zuid, "zuid", "Wijkdeal Helpman 2026", today.minusDays(75),
                Map.of("WK001406", "15000"), "15000", "knapsack", "greedy");
        round(zuid, "zuid", "Wijkdeal Zuidwest en Oud-Zuid 2027", today.minusDays(5),
                Map.of("WK001407", "30000", "WK001401", "20000"), "50000", "choose-up-to", "equal-shares");
        phases.catchUp(today);
        return true;
    }

    /** A demo staff member created by {@link #load()}. */
    Staff staff(String email) {
        return java.util.Objects.requireNonNull(created.get(email), email);
    }

    /** A round whose ideas phase starts on {@code ideas}; the other phases follow at set distances. */
    private void round(Staff by, String area, String name, LocalDate ideas, Map<String, String> budgets, String total,
                       String kind, String rule) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("name", List.of(name));
        fields.put("description", List.of("Bewoners bedenken plannen voor hun wijk, verbeteren ze samen en kiezen een top 10. "
                + "Het gebiedsteam kijkt of de plannen haalbaar zijn."));
        fields.put("themes", List.of("Groen en speelruimte\nVerkeer en veiligheid\nOntmoeten\nSchoon en heel\nJong en oud"));
        fields.put("supportThreshold", List.of("30"));
        fields.put("wijk", new ArrayList<>(budgets.keySet()));
        budgets.forEach((code, euros) -> fields.put("budget-" + code, List.of(euros)));
        fields.put("total", List.of(total));
        int[] offsets = {0, 28, 49, 70, 84, 91, 105};
        String[] keys = {"ideas", "co-creation", "review", "voting", "counting", "published", "implementation"};
        for (int i = 0; i < keys.length; i++) {
            fields.put("start-" + keys[i], List.of(ideas.plusDays(offsets[i]).toString()));
        }
        fields.put("kind", List.of(kind));
        fields.put("maxChoices", List.of("10"));
        fields.put("points", List.of("3, 2, 1"));
        fields.put("topN", List.of("10"));
        fields.put("rule", List.of(rule));
        fields.put("minimumAge", List.of("12"));
        fields.put("route", List.of("stemcode", "address", "counter"));
        fields.put("rulesText", List.of("Plannen moeten in de openbare ruimte zijn en voor iedereen in de wijk."));
        var result = createRound.create(by, area, new FormData(fields));
        if (!(result instanceof CreateRound.Created)) {
            throw new IllegalStateException("demo round " + name + " is refused: " + result);
        }
    }
}
