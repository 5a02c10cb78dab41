package nl.wijkdeal.web;

import com.github.jknack.handlebars.Context;
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
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.views.ViewsRenderer;
import io.micronaut.views.exceptions.ViewRenderingException;
import io.micronaut.views.handlebars.HandlebarsViewsRenderer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Renders templates/ with Handlebars for every HTML page. Our own renderer instead of the module's
 * because (1) the stock one re-parses every template on every render (a cache more than doubles page
 * throughput, STACK.md), (2) page models are records, which need the method resolver, and (3) every
 * page gets the layout data and the {@code t} helper for texts in the visitor's language.
 * With {@code wijkdeal.templates.live-dir} set (development), templates are read from disk uncached.
 */
@Singleton
@Replaces(HandlebarsViewsRenderer.class)
@Produces(MediaType.TEXT_HTML)
public class PageRenderer<T> implements ViewsRenderer<T, HttpRequest<?>> {

    /** Request attribute: this page carries a form, so the browser needs the CSRF cookie. */
    static final String FORM_SHOWN = "wijkdeal.form-shown";
    /** Request attribute set by the staff session filter: the name of the logged-in staff member. */
    public static final String STAFF_NAME = "wijkdeal.staff.name";

    private final Handlebars handlebars;

    PageRenderer(Messages messages, @Nullable @Value("${wijkdeal.templates.live-dir:}") String liveDir) {
        boolean live = liveDir != null && !liveDir.isBlank();
        TemplateLoader loader = live
                ? new FileTemplateLoader(Path.of(liveDir).toAbsolutePath().toString(), ".hbs")
                : new ClassPathTemplateLoader("/views", ".hbs");
        this.handlebars = new Handlebars(loader).with(live ? NullTemplateCache.INSTANCE : new ConcurrentMapTemplateCache());
        handlebars.registerHelper("t", (Helper<String>) (key, options) ->
                messages.get(options.data("language"), key, options.params));
        // {{date day}}: "1 maart 2027" / "1 March 2027"; {{dateTime instant}}: "1 maart 2027 14:05".
        handlebars.registerHelper("date", (Helper<Object>) (value, options) -> value == null ? ""
                : DateTimeFormatter.ofPattern("d MMMM uuuu", locale(options.data("language"))).format((TemporalAccessor) value));
        handlebars.registerHelper("dateTime", (Helper<Object>) (value, options) -> value == null ? ""
                : DateTimeFormatter.ofPattern("d MMMM uuuu HH:mm", locale(options.data("language")))
                        .withZone(ZoneId.of("Europe/Amsterdam")).format((TemporalAccessor) value));
        // {{t (concat "phase." key)}}: message keys made from data.
        handlebars.registerHelper("concat", (Helper<Object>) (first, options) -> {
            StringBuilder out = new StringBuilder(String.valueOf(first));
            for (Object param : options.params) {
                out.append(param);
            }
            return out.toString();
        });
        // {{csrf}} inside every form that posts: the hidden field that Csrf checks.
        handlebars.registerHelper("csrf", (Helper<Object>) (ignored, options) -> {
            HttpRequest<?> request = options.data("request");
            if (request == null) {
                return "";
            }
            request.setAttribute(FORM_SHOWN, true);
            return new Handlebars.SafeString("<input type=\"hidden\" name=\"" + Csrf.FIELD + "\" value=\"" + Csrf.token(request) + "\">");
        });
    }

    private static Locale locale(Language language) {
        return Locale.forLanguageTag(language == null ? "nl" : language.code());
    }

    @Override
    public Writable render(String viewName, @Nullable T data, @Nullable HttpRequest<?> request) {
        String html = renderToString(viewName, data, request);
        return out -> out.write(html);
    }

    /** Renders fully before anything is sent, so a template error becomes a proper error page. */
    public String renderToString(String viewName, @Nullable Object data, @Nullable HttpRequest<?> request) {
        Language language = Language.of(request);
        String path = request == null ? "/" : request.getUri().toString();
        Context context = Context.newBuilder(data)
                .resolver(MapValueResolver.INSTANCE, JavaBeanValueResolver.INSTANCE, MethodValueResolver.INSTANCE)
                .combine("layout", Layout.of(language, path,
                        request == null ? null : request.getAttribute(STAFF_NAME, String.class).orElse(null)))
                .build();
        context.data("language", language);
        context.data("request", request);
        try {
            Template template = handlebars.compile(viewName);
            StringWriter out = new StringWriter();
            template.apply(context, out);
            return out.toString();
        } catch (IOException e) {
            throw new ViewRenderingException("cannot render " + viewName + ": " + e.getMessage(), e);
        } finally {
            context.destroy();
        }
    }

    @Override
    public boolean exists(String viewName) {
        try {
            handlebars.getLoader().sourceAt(viewName);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
