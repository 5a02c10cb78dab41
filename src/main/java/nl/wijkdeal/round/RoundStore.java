package nl.wijkdeal.round;

import jakarta.inject.Singleton;
import nl.wijkdeal.database.Sql;
import nl.wijkdeal.kernel.Money;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Rounds with their wijken, budgets and phase dates. */
@Singleton
class RoundStore {

    /** Wijken, budgets and phase dates come along as arrays: one query per list, not three per round. */
    private static final String SELECT = """
            SELECT r.*,
              ARRAY(SELECT neighbourhood_code FROM round_neighbourhood n WHERE n.round_id = r.id ORDER BY neighbourhood_code) AS wijk_codes,
              ARRAY(SELECT budget_cents FROM round_neighbourhood n WHERE n.round_id = r.id ORDER BY neighbourhood_code) AS wijk_budgets,
              ARRAY(SELECT phase FROM round_phase p WHERE p.round_id = r.id ORDER BY starts_on) AS phase_names,
              ARRAY(SELECT starts_on::text FROM round_phase p WHERE p.round_id = r.id ORDER BY starts_on) AS phase_starts
            FROM round r""";
    private final Sql sql;

    RoundStore(Sql sql) {
        this.sql = sql;
    }

    Optional<Round> find(long id) {
        return sql.one(SELECT + " WHERE r.id = ?", this::round, id);
    }

    /** The round, locked until the end of the caller's transaction: changes to one round queue up. */
    Optional<Round> lock(long id) {
        return sql.one(SELECT + " WHERE r.id = ? FOR UPDATE OF r", this::round, id);
    }

    List<Round> all() {
        return sql.list(SELECT + " ORDER BY r.id DESC", this::round);
    }

    List<Round> inPhaseBefore(Phase phase) {
        return sql.list(SELECT + " WHERE r.phase = ANY (?) ORDER BY r.id",
                this::round, (Object) java.util.Arrays.stream(Phase.values()).filter(p -> p.compareTo(phase) < 0)
                        .map(Phase::name).toArray(String[]::new));
    }

    long insert(String areaCode, RoundText text, RoundSettings settings, Instant now) {
        long id = sql.one("""
                INSERT INTO round (area_code, name, description, rules_text, themes, support_threshold,
                    total_budget_cents, ballot_kind, max_choices, points, top_n, selection_rule, minimum_age, routes,
                    created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", rs -> rs.getLong(1),
                areaCode, text.name(), text.description(), text.rulesText(), text.themes().toArray(String[]::new),
                text.supportThreshold(), settings.total().cents(), settings.kind().name(), settings.maxChoices(),
                settings.points().toArray(Integer[]::new), settings.topN(), settings.rule().name(), settings.minimumAge(),
                settings.routes().stream().map(Enum::name).toArray(String[]::new), now, now).orElseThrow();
        insertChildren(id, areaCode, settings);
        return id;
    }

    void update(Round round, RoundText text, RoundSettings settings, int rulesVersion, Instant now) {
        sql.update("""
                UPDATE round SET name = ?, description = ?, rules_text = ?, themes = ?, support_threshold = ?,
                    total_budget_cents = ?, ballot_kind = ?, max_choices = ?, points = ?, top_n = ?, selection_rule = ?,
                    minimum_age = ?, routes = ?, rules_version = ?, updated_at = ?
                WHERE id = ?""",
                text.name(), text.description(), text.rulesText(), text.themes().toArray(String[]::new),
                text.supportThreshold(), settings.total().cents(), settings.kind().name(), settings.maxChoices(),
                settings.points().toArray(Integer[]::new), settings.topN(), settings.rule().name(), settings.minimumAge(),
                settings.routes().stream().map(Enum::name).toArray(String[]::new), rulesVersion, now, round.id());
        sql.update("DELETE FROM round_neighbourhood WHERE round_id = ?", round.id());
        sql.update("DELETE FROM round_phase WHERE round_id = ?", round.id());
        insertChildren(round.id(), round.areaCode(), settings);
    }

    /**
     * Moves the phase only if nobody else did first (compare and set): two instances running the
     * scheduler, or two people pressing the button, move a round once. Freezes on reaching voting.
     */
    boolean movePhase(long id, Phase from, Phase to, Instant now) {
        return sql.update("""
                UPDATE round SET phase = ?, updated_at = ?,
                    frozen_at = CASE WHEN frozen_at IS NULL AND ? THEN ? ELSE frozen_at END
                WHERE id = ? AND phase = ?""", to.name(), now, to.freezesRules(), now, id, from.name()) == 1;
    }

    void insertAmendment(long roundId, int version, String reason, String by, Instant at, String changesJson) {
        sql.update("INSERT INTO round_amendment (round_id, version, reason, changed_by, changed_at, changes) VALUES (?, ?, ?, ?, ?, ?::jsonb)",
                roundId, version, reason, by, at, changesJson);
    }

    record Amendment(int version, String reason, String changedBy, Instant changedAt, String changes) {
    }

    List<Amendment> amendments(long roundId) {
        return sql.list("SELECT version, reason, changed_by, changed_at, changes::text AS changes FROM round_amendment WHERE round_id = ? ORDER BY version",
                rs -> new Amendment(rs.getInt("version"), rs.getString("reason"), rs.getString("changed_by"),
                        Sql.instant(rs, "changed_at"), rs.getString("changes")), roundId);
    }

    private void insertChildren(long id, String areaCode, RoundSettings settings) {
        settings.budgets().forEach((code, budget) -> sql.update(
                "INSERT INTO round_neighbourhood (round_id, area_code, neighbourhood_code, budget_cents) VALUES (?, ?, ?, ?)",
                id, areaCode, code, budget.cents()));
        settings.schedule().forEach((phase, start) -> sql.update(
                "INSERT INTO round_phase (round_id, phase, starts_on) VALUES (?, ?, ?)", id, phase.name(), start));
    }

    private Round round(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        Map<String, Money> budgets = new LinkedHashMap<>();
        List<String> codes = Sql.strings(rs, "wijk_codes");
        Long[] cents = (Long[]) rs.getArray("wijk_budgets").getArray();
        for (int i = 0; i < codes.size(); i++) {
            budgets.put(codes.get(i), new Money(cents[i]));
        }
        Map<Phase, LocalDate> schedule = new EnumMap<>(Phase.class);
        List<String> phases = Sql.strings(rs, "phase_names");
        List<String> starts = Sql.strings(rs, "phase_starts");
        for (int i = 0; i < phases.size(); i++) {
            schedule.put(Phase.valueOf(phases.get(i)), LocalDate.parse(starts.get(i)));
        }
        Set<VerificationRoute> routes = EnumSet.noneOf(VerificationRoute.class);
        Sql.strings(rs, "routes").forEach(route -> routes.add(VerificationRoute.valueOf(route)));
        RoundSettings settings = new RoundSettings(budgets, new Money(rs.getLong("total_budget_cents")),
                BallotKind.valueOf(rs.getString("ballot_kind")), rs.getInt("max_choices"), Sql.integers(rs, "points"),
                rs.getInt("top_n"), SelectionRule.valueOf(rs.getString("selection_rule")), rs.getInt("minimum_age"),
                routes, schedule);
        RoundText text = new RoundText(rs.getString("name"), rs.getString("description"), rs.getString("rules_text"),
                new ArrayList<>(Sql.strings(rs, "themes")), rs.getInt("support_threshold"));
        return new Round(id, rs.getString("area_code"), text, settings, Phase.valueOf(rs.getString("phase")),
                rs.getInt("rules_version"), Sql.instant(rs, "frozen_at"));
    }
}
