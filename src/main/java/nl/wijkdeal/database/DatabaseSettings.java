package nl.wijkdeal.database;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Where the data lives. With no {@code url} the service starts its own PostgreSQL (real binaries)
 * in {@code dataDir}; with a url (env {@code WIJKDEAL_DATABASE_URL}) it uses that server.
 *
 * @param url      JDBC url of an external PostgreSQL, empty for the embedded one
 * @param user     user name for the external server
 * @param password password for the external server; comes from the environment, never the repo
 * @param poolSize connections in the pool: the main throughput knob (docs/performance.md)
 * @param dataDir  folder of the embedded database; kept between restarts
 * @param fresh    wipe {@code dataDir} at start (tests only)
 */
@ConfigurationProperties("wijkdeal.database")
public record DatabaseSettings(
        @Nullable String url,
        @Nullable String user,
        @Nullable String password,
        @Bindable(defaultValue = "10") int poolSize,
        @Bindable(defaultValue = "data/postgres") String dataDir,
        @Bindable(defaultValue = "false") boolean fresh) {

    public boolean isExternal() {
        return url != null && !url.isBlank();
    }

    /** The url as it may appear in a log line: without query parameters, which can hold a password. */
    public String safeUrl() {
        if (!isExternal()) {
            return "embedded PostgreSQL in " + dataDir;
        }
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
