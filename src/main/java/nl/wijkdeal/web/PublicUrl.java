package nl.wijkdeal.web;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;

/**
 * The address residents reach the service at, for links that leave the site: in mails, later on
 * letters and QR codes. A page's own links stay relative. Set {@code wijkdeal.public-url}
 * (WIJKDEAL_PUBLIC_URL, e.g. https://wijkdeal.groningen.nl) in production: mail is written by a
 * background job, with no request whose Host header could tell. Without it (development, demo,
 * tests) it is the address of this instance's own HTTP server.
 */
@Singleton
public class PublicUrl {

    private final String configured;
    private final BeanProvider<EmbeddedServer> server;

    PublicUrl(@Nullable @Value("${wijkdeal.public-url:}") String configured, BeanProvider<EmbeddedServer> server) {
        this.configured = configured == null ? "" : configured.strip().replaceAll("/+$", "");
        this.server = server;
    }

    public boolean isConfigured() {
        return !configured.isEmpty();
    }

    /** @param path a local path such as {@code /afmelden/x}; @return the absolute url */
    public String of(String path) {
        if (!path.startsWith("/") || path.startsWith("//")) {
            throw new IllegalArgumentException("not a local path: " + path);
        }
        return base() + path;
    }

    private String base() {
        if (isConfigured()) {
            return configured;
        }
        // Looked up at first use: commands run without an HTTP server, and never write links.
        return server.get().getURL().toString().replaceAll("/+$", "");
    }
}
