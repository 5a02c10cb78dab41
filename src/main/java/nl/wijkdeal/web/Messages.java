package nl.wijkdeal.web;

import jakarta.inject.Singleton;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Screen texts from {@code i18n/messages*.properties}: Dutch (B1, "je") is the base bundle, English
 * the translation. A missing key shows as {@code ??key??} so it is seen, and a test compares the
 * bundles' keys.
 */
@Singleton
public class Messages {

    static final String BUNDLE = "i18n/messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** Texts without arguments, formatted once: a page asks for dozens of them on every render. */
    private final Map<Language, Map<String, String>> plain = new EnumMap<>(Map.of(
            Language.NL, new ConcurrentHashMap<>(), Language.EN, new ConcurrentHashMap<>()));

    public String get(Language language, String key, Object... args) {
        if (args.length == 0) {
            return plain.get(language).computeIfAbsent(key, k -> format(language, k));
        }
        return format(language, key, args);
    }

    private static String format(Language language, String key, Object... args) {
        try {
            String pattern = bundle(language.locale()).getString(key);
            // Always through MessageFormat, so quotes are written the same way ('') in every text.
            return new MessageFormat(pattern, language.locale()).format(args);
        } catch (MissingResourceException e) {
            return "??" + key + "??";
        }
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }
}
