package nl.wijkdeal.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page in a real browser, in both languages, wide and at 320 px: zero axe-core violations
 * (WCAG 2.1 A + AA), no sideways scrolling, the right lang, and the skip link as first Tab stop with
 * a visible focus ring. A new page joins with one line in {@link #pages()}.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityTest {

    static Stream<String> pages() {
        return Stream.of(
                "/",
                "/hoe-werkt-het",
                "/toegankelijkheid",
                "/gebieden/zuid",
                "/wijken/WK001406",
                "/wijk-zoeken?postcode=abc",   // the form with an error beside the field
                "/deze-pagina-bestaat-niet"    // the error page
        );
    }

    @Inject
    EmbeddedServer server;

    private Browser browser;

    @BeforeAll
    void startBrowser() throws Exception {
        browser = new Browser(server.getURL());
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyPageIsForEveryone(String path) {
        for (String language : List.of("nl", "en")) {
            browser.language(language);
            for (int width : List.of(1280, 320)) {
                browser.width(width).open(path);
                String where = path + " (" + language + ", " + width + " px)";
                assertEquals(language, browser.lang(), "lang attribute on " + where);
                assertEquals(List.of(), browser.accessibilityViolations(), "axe-core violations on " + where);
                assertFalse(browser.scrollsSideways(), "horizontal scrolling on " + where);
            }
        }
    }

    @Test
    void theAuditReallyFailsAPageWithAFieldWithoutLabelOrLanguage() {
        browser.driver().get("data:text/html,<title>x</title><main><input type=text></main>");
        List<String> violations = browser.accessibilityViolations();
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("label ")), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("html-has-lang ")), violations.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void theKeyboardReachesTheSkipLinkFirstAndSeesWhereItIs(String path) {
        browser.language("nl").width(1280).open(path);
        WebElement first = browser.firstTabStop();
        assertEquals("skip-link", first.getAttribute("class"), "first Tab stop on " + path);
        assertTrue(first.isDisplayed(), "skip link visible when focused on " + path);
        assertNotEquals("none", browser.css(first, "outline-style"), "focus ring on " + path);
    }
}
