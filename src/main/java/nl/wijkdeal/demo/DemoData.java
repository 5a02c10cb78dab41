package nl.wijkdeal.demo;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import nl.wijkdeal.area.GeographyCsv;
import nl.wijkdeal.area.ImportGeography;
import nl.wijkdeal.database.DatabaseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Fills an empty installation with the gemeente Groningen's gebieden and wijken so that a newcomer
 * sees a working product. On by default only with the embedded database: a real database gets demo
 * data only when someone asks for it ({@code WIJKDEAL_DEMO=true}).
 */
@Singleton
class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    static final String GEOGRAPHY = "demo/groningen-wijken.csv";

    private final DemoSetting setting;
    private final DatabaseMode database;
    private final ImportGeography importGeography;
    // Providers: the demo's use cases (and the secret they need) are built only when demo data is
    // loaded, not in every command or on a production start with demo data off.
    private final BeanProvider<DemoStaffAndRounds> staffAndRounds;
    private final BeanProvider<DemoPlans> plans;
    private final BeanProvider<DemoRegister> register;
    private final BeanProvider<DemoBallots> ballots;
    private final BeanProvider<DemoResults> results;

    DemoData(@Value("${wijkdeal.demo:auto}") String setting, DatabaseMode database, ImportGeography importGeography,
             BeanProvider<DemoStaffAndRounds> staffAndRounds, BeanProvider<DemoPlans> plans, BeanProvider<DemoRegister> register,
             BeanProvider<DemoBallots> ballots, BeanProvider<DemoResults> results) {
        this.results = results;
        this.setting = DemoSetting.parse(setting);
        this.database = database;
        this.importGeography = importGeography;
        this.staffAndRounds = staffAndRounds;
        this.plans = plans;
        this.register = register;
        this.ballots = ballots;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (!setting.enabled(database.embedded())) {
            return;
        }
        try (Reader csv = new InputStreamReader(Objects.requireNonNull(
                getClass().getClassLoader().getResourceAsStream(GEOGRAPHY), GEOGRAPHY), StandardCharsets.UTF_8)) {
            var rows = GeographyCsv.parse(csv);
            importGeography.importRows(rows);
            LOG.info("Demo mode: loaded {} wijken of gemeente Groningen", rows.size());
        } catch (IOException | GeographyCsv.FormatProblem e) {
            throw new IllegalStateException("the bundled demo file " + GEOGRAPHY + " is broken", e);
        }
        DemoStaffAndRounds staff = staffAndRounds.get();
        if (staff.load()) {
            plans.get().load();
            register.get().load(staff.staff("zuid@wijkdeal.example"), staff.staff("oost@wijkdeal.example"));
            ballots.get().load();
            results.get().load(staff.staff("wethouder.oost@wijkdeal.example"));
        }
    }

    /** wijkdeal.demo: auto (only with the embedded database), true or false. */
    enum DemoSetting {
        AUTO, TRUE, FALSE;

        static DemoSetting parse(String text) {
            return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "true", "on", "yes" -> TRUE;
                case "false", "off", "no" -> FALSE;
                default -> AUTO;
            };
        }

        boolean enabled(boolean embeddedDatabase) {
            return this == TRUE || (this == AUTO && embeddedDatabase);
        }
    }
}
