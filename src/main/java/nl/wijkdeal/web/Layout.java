package nl.wijkdeal.web;

/**
 * What the page frame needs on every page: the language and a way back to this same page in the
 * other language.
 *
 * @param lang        the page's lang attribute
 * @param switchLabel the other language's own name
 * @param switchHref  link that switches language and comes back here
 * @param staffName   shown with a log-out button when a staff member is logged in
 */
public record Layout(String lang, String switchLabel, String switchLang, String switchHref, String staffName) {

    /** @param staffName the logged-in staff member, or null for residents and visitors */
    static Layout of(Language language, String currentPath, String staffName) {
        Language other = language.other();
        String back = java.net.URLEncoder.encode(currentPath, java.nio.charset.StandardCharsets.UTF_8);
        return new Layout(language.code(), other.ownName(), other.code(), "/taal/" + other.code() + "?terug=" + back, staffName);
    }
}
