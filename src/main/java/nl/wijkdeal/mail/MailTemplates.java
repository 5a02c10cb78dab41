package nl.wijkdeal.mail;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.EscapingStrategy;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Helper;
import com.github.jknack.handlebars.Template;
import com.github.jknack.handlebars.cache.ConcurrentMapTemplateCache;
import com.github.jknack.handlebars.cache.NullTemplateCache;
import com.github.jknack.handlebars.context.JavaBeanValueResolver;
import com.github.jknack.handlebars.context.MapValueResolver;
import com.github.jknack.handlebars.context.MethodValueResolver;
import com.github.jknack.handlebars.io.ClassPathTemplateLoader;
import com.github.jknack.handlebars.io.FileTemplateLoader;
import com.github.jknack.handlebars.io.TemplateLoader;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.wijkdeal.web.Language;
import nl.wijkdeal.web.Messages;
import nl.wijkdeal.web.PublicUrl;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a {@link MailDraft} into a {@link Mail} from {@code templates/mail/<kind>.txt.hbs} (first
 * line: the subject; then a blank line; then the body) and, when it exists, {@code <kind>.html.hbs}.
 * Texts come from the messages in the mail's language ({@code {{t "key" arg}}}); {@code {{url path}}}
 * makes a local path absolute, since a link in a mail leaves the site. The plain text is rendered
 * without HTML escaping (a title "Bankjes & bomen" must not arrive as {@code &amp;}); the HTML
 * alternative is escaped as every page is.
 */
@Singleton
class MailTemplates {

    static final String FOLDER = "mail/";

    private final Handlebars text;
    private final Handlebars html;
    private final Unsubscribe unsubscribe;

    MailTemplates(Messages messages, PublicUrl publicUrl, Unsubscribe unsubscribe,
                  @Nullable @Value("${wijkdeal.templates.live-dir:}") String liveDir) {
        this.unsubscribe = unsubscribe;
        this.text = handlebars(liveDir, messages, publicUrl).with(EscapingStrategy.NOOP);
        this.html = handlebars(liveDir, messages, publicUrl);
    }

    private static Handlebars handlebars(String liveDir, Messages messages, PublicUrl publicUrl) {
        boolean live = liveDir != null && !liveDir.isBlank();
        TemplateLoader loader = live
                ? new FileTemplateLoader(Path.of(liveDir).toAbsolutePath().toString(), ".hbs")
                : new ClassPathTemplateLoader("/views", ".hbs");
        Handlebars handlebars = new Handlebars(loader).with(live ? NullTemplateCache.INSTANCE : new ConcurrentMapTemplateCache());
        handlebars.registerHelper("t", (Helper<String>) (key, options) ->
                messages.get(options.data("language"), key, options.params));
        handlebars.registerHelper("url", (Helper<String>) (path, options) -> publicUrl.of(path));
        return handlebars;
    }

    Mail compose(MailDraft draft) {
        Map<String, Object> model = new LinkedHashMap<>(draft.model());
        model.put("lang", draft.language().code());
        if (draft.unsubscribable()) {
            model.put("unsubscribeUrl", unsubscribe.link(draft.kind(), draft.to()));
        }
        String written = render(text, FOLDER + draft.kind() + ".txt", model, draft.language()).strip();
        int end = written.indexOf('\n');
        if (end < 0) {
            throw new IllegalStateException(FOLDER + draft.kind() + ".txt.hbs needs a subject line, a blank line and a body");
        }
        String subject = written.substring(0, end).strip();
        String body = written.substring(end + 1).strip() + "\n";
        String htmlBody = exists(FOLDER + draft.kind() + ".html")
                ? render(html, FOLDER + draft.kind() + ".html", model, draft.language()) : null;
        return new Mail(draft.to(), draft.language(), draft.kind(), subject, body, htmlBody,
                draft.unsubscribable(), draft.areaCode());
    }

    private boolean exists(String name) {
        try {
            html.getLoader().sourceAt(name);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String render(Handlebars handlebars, String name, Map<String, Object> model, Language language) {
        Context context = Context.newBuilder(model)
                .resolver(MapValueResolver.INSTANCE, JavaBeanValueResolver.INSTANCE, MethodValueResolver.INSTANCE)
                .build();
        context.data("language", language);
        try {
            Template template = handlebars.compile(name);
            StringWriter out = new StringWriter();
            template.apply(context, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + name, e);
        } finally {
            context.destroy();
        }
    }
}
