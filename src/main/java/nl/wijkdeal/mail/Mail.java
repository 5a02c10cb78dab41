package nl.wijkdeal.mail;

import io.micronaut.core.annotation.Nullable;
import nl.wijkdeal.web.Language;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One written mail, as it goes into the {@link Outbox}. Usually made from a template by a
 * {@link MailDraft}; build one by hand only for a mail without a template.
 *
 * @param to             the address: personal data, never logged and forgotten after the retention period
 * @param language       the language it is written in (the resident's, when they chose one)
 * @param kind           what it is about, e.g. {@code plan.confirm}; also the list one unsubscribes from
 * @param subject        one line; kept after the retention period, so it must hold nothing personal
 * @param text           the plain-text body, which every mail has
 * @param html           an HTML alternative, or null
 * @param unsubscribable whether the recipient may opt out of this kind (status updates: yes; the
 *                       confirmation link someone just asked for: no)
 * @param areaCode       the gebied it concerns (which gebiedsteam may see it), or null
 */
public record Mail(String to, Language language, String kind, String subject, String text, @Nullable String html,
                   boolean unsubscribable, @Nullable String areaCode) {

    // Deliberately plain: one @, no spaces, no characters that end or add a header or an address.
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>,;:\"()\\[\\]\\\\]{1,64}@[^@\\s<>,;:\"()\\[\\]\\\\]{1,190}\\.[A-Za-z]{2,}");
    static final Pattern KIND = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");

    public Mail {
        Objects.requireNonNull(language, "language");
        if (to == null || !ADDRESS.matcher(to).matches()) {
            // No address in the message: it ends up in a log.
            throw new IllegalArgumentException("not a usable e-mail address");
        }
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("kind must be a dotted lower-case key, was " + kind);
        }
        if (subject == null || subject.isBlank() || subject.length() > 300 || subject.contains("\n") || subject.contains("\r")) {
            throw new IllegalArgumentException("the subject must be one line of 1 to 300 characters");
        }
        Objects.requireNonNull(text, "text");
    }

    /** Whether an address would be accepted, for forms that ask for one. */
    public static boolean usableAddress(String address) {
        return address != null && ADDRESS.matcher(address).matches();
    }
}
