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
import nl.wijkdeal.database.Sql;
import nl.wijkdeal.mail.MailDraft;
import nl.wijkdeal.mail.Outbox;
import nl.wijkdeal.mail.SendMail;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URI;

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
    @Inject
    Outbox outbox;
    @Inject
    SendMail sendMail;
    @Inject
    Sql sql;

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
        audit(path);
    }

    /**
     * The pages of mail: the staff's "Verzonden berichten" (logged in as the demo admin, as a person
     * would) and a resident's unsubscribe page, whose address holds a token made for one mail.
     */
    @Test
    void theMailPagesAreForEveryoneToo() {
        long id = outbox.enqueue(MailDraft.of("example", "toegankelijk@voorbeeld.nl", Language.NL).with("name", "Anna")
                .with("topic", "de speeltuin").with("path", "/gebieden/zuid").withUnsubscribe().about("zuid"));
        sendMail.flush();
        String unsubscribe = URI.create(sql.one("SELECT unsubscribe_url FROM mail_outbox WHERE id = ?",
                rs -> rs.getString(1), id).orElseThrow()).getPath();
        try {
            browser.language("nl").width(1280).open("/beheer/inloggen");
            browser.driver().findElement(By.id("email")).sendKeys("beheer@wijkdeal.example");
            browser.driver().findElement(By.id("password")).sendKeys("demo-beheer-2026");
            browser.driver().findElement(By.cssSelector("form[action='/beheer/inloggen'] button")).click();
            for (String path : List.of("/beheer/berichten", "/beheer/berichten/" + id, unsubscribe, unsubscribe + "?klaar=1")) {
                audit(path);
                // Still there, not sent to the login page: the audit saw the page itself.
                assertTrue(browser.driver().getCurrentUrl().endsWith(path), browser.driver().getCurrentUrl());
                theKeyboardReachesTheSkipLinkFirstAndSeesWhereItIs(path);
            }
        } finally {
            // Log out: the other tests see the pages as a visitor.
            browser.driver().manage().deleteAllCookies();
        }
    }

    private void audit(String path) {
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
