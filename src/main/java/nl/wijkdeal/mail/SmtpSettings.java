package nl.wijkdeal.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * The mail server (wijkdeal.smtp.*, env WIJKDEAL_SMTP_HOST, _PORT, _USER, _PASSWORD, _FROM,
 * _STARTTLS, _TIMEOUT). Without a host, mail is kept instead of sent.
 *
 * @param from     the sender, e.g. {@code Wijkdeal Groningen <wijkdeal@groningen.nl>}; its domain
 *                 should sign with DKIM (one-click unsubscribe relies on it, RFC 8058)
 * @param starttls upgrade the connection with STARTTLS and refuse to send without it
 * @param timeout  for connecting, reading and writing: a hanging server must not hold the sender
 */
@ConfigurationProperties("wijkdeal.smtp")
record SmtpSettings(
        @Nullable String host,
        @Bindable(defaultValue = "587") int port,
        @Nullable String user,
        @Nullable String password,
        @Nullable String from,
        @Bindable(defaultValue = "true") boolean starttls,
        @Bindable(defaultValue = "30s") Duration timeout) {

    boolean hasHost() {
        return host != null && !host.isBlank();
    }

    /** Never the password: a record would print it. */
    @Override
    public String toString() {
        return "SmtpSettings[host=" + host + ", port=" + port + ", user=" + user + ", password="
                + (password == null || password.isEmpty() ? "(none)" : "(set)") + ", from=" + from
                + ", starttls=" + starttls + ", timeout=" + timeout + "]";
    }
}
