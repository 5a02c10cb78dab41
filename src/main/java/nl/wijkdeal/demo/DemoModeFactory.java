package nl.wijkdeal.demo;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import nl.wijkdeal.database.DatabaseMode;

/** The one reading of wijkdeal.demo for features other than the demo data itself. */
@Factory
class DemoModeFactory {

    @Singleton
    DemoMode demoMode(@Value("${wijkdeal.demo:auto}") String setting, DatabaseMode database) {
        return new DemoMode(DemoData.DemoSetting.parse(setting).enabled(database.embedded()));
    }
}
