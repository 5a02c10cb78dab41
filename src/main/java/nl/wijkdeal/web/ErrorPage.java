package nl.wijkdeal.web;

/** The friendly error page: a title and a sentence in plain words, never a stack trace. */
public record ErrorPage(int status, String title, String explanation) {
}
