package nl.wijkdeal.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;

import java.util.Locale;
import java.util.Optional;

/** The two languages of the screens. Dutch unless the visitor chose English (remembered in a cookie). */
public enum Language {
    NL(Locale.forLanguageTag("nl"), "Nederlands"),
    EN(Locale.ENGLISH, "English");

    public static final String COOKIE = "taal";

    private final Locale locale;
    private final String ownName;

    Language(Locale locale, String ownName) {
        this.locale = locale;
        this.ownName = ownName;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return locale.getLanguage();
    }

    /** The language's name in itself, as a switch link shows it ("English", not "Engels"). */
    public String ownName() {
        return ownName;
    }

    public Language other() {
        return this == NL ? EN : NL;
    }

    public static Optional<Language> fromCode(String code) {
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    public static Language of(HttpRequest<?> request) {
        if (request == null) {
            return NL;
        }
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue)
                .flatMap(Language::fromCode).orElse(NL);
    }
}
