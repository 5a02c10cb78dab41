package nl.wijkdeal.mail;

import io.micronaut.core.annotation.Nullable;
import nl.wijkdeal.web.Language;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A mail still to be written from its templates: {@code templates/mail/<kind>.txt.hbs} (first line
 * the subject, then a blank line, then the body) and optionally {@code <kind>.html.hbs}, with texts
 * from the messages in the recipient's language. Give it to {@link Outbox#enqueue(MailDraft)}:
 * <pre>{@code
 * outbox.enqueue(MailDraft.of("plan.status", plan.email(), plan.language())
 *         .with("title", plan.title())
 *         .with("planPath", "/plannen/" + plan.id())
 *         .withUnsubscribe()
 *         .about(plan.areaCode()));
 * }</pre>
 * Templates write absolute links with {@code {{url planPath}}}.
 */
public record MailDraft(String kind, String to, Language language, Map<String, Object> model,
                        boolean unsubscribable, @Nullable String areaCode) {

    public MailDraft {
        model = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(model));
    }

    public static MailDraft of(String kind, String to, Language language) {
        return new MailDraft(kind, to, language, Map.of(), false, null);
    }

    /** A value for the templates; {@code unsubscribeUrl} and {@code lang} are set by the outbox. */
    public MailDraft with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(model);
        more.put(name, value);
        return new MailDraft(kind, to, language, more, unsubscribable, areaCode);
    }

    /** The recipient may opt out of this kind: the mail gets an unsubscribe link and headers. */
    public MailDraft withUnsubscribe() {
        return new MailDraft(kind, to, language, model, true, areaCode);
    }

    /** The gebied the mail concerns, so that its gebiedsteam sees it among the sent messages. */
    public MailDraft about(@Nullable String areaCode) {
        return new MailDraft(kind, to, language, model, unsubscribable, areaCode);
    }
}
