package nl.wijkdeal.web;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.wijkdeal.ballot.ReceiptCode;
import nl.wijkdeal.ballot.SeedBallots;
import nl.wijkdeal.database.Sql;
import nl.wijkdeal.kernel.SecretToken;
import nl.wijkdeal.mail.MailDraft;
import nl.wijkdeal.mail.Outbox;
import nl.wijkdeal.mail.SendMail;
import nl.wijkdeal.register.VoterPass;
import nl.wijkdeal.result.SeedResults;
import nl.wijkdeal.round.Phase;
import nl.wijkdeal.round.PublicRounds;
import nl.wijkdeal.round.Round;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page in a real browser, in both languages, wide and at 320 px: zero axe-core violations
 * (WCAG 2.1 A + AA), no sideways scrolling, the right lang, and the skip link as first Tab stop with
 * a visible focus ring. A new page joins with one line in {@link #pages()} or {@link #staffPages()}.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityTest {

    /** Pages as a resident sees them. {round} is a public demo round. */
    static Stream<String> pages() {
        return Stream.of(
                "/",
                "/hoe-werkt-het",
                "/toegankelijkheid",
                "/gebieden/zuid",
                "/wijken/WK001406",
                "/wijk-zoeken?postcode=abc",   // the form with an error beside the field
                "/rondes",
                "/rondes/{round}",
                "/beheer/inloggen",
                "/rondes/{ideas}/plannen",
                "/rondes/{ideas}/plannen?zoek=bank&wijk=WK001401&steun=genoeg",
                "/rondes/{ideas}/plannen/nieuw",
                "errors:/rondes/{ideas}/plannen/nieuw#title#cost",
                "/rondes/{ideas}/plannen/ingediend",
                "/plannen/{plan}",
                "errors:/plannen/{plan}#support-email",
                "/plannen/{plan}/bewerken/{edit}",
                "/plannen/{plan}/versies",
                "/plannen/{commented}",        // comments with a reply (demo data)
                "/plannen/{merged}",           // a plan merged into another
                "/plannen/{hidden}",           // a plan hidden by the gebiedsteam
                "/plannen/{plan}/reageren",
                "errors:/plannen/{plan}/reageren",
                "/plannen/{plan}/melden",
                "errors:/plannen/{plan}/melden",
                "/bevestigen/{confirm}",
                "/uitnodiging/{invite}",
                "errors:/uitnodiging/{invite}#email",
                "/bevestigen/{unknown}",
                "{unsubscribe}",               // a mail's unsubscribe question, and its answer
                "{unsubscribe}?klaar=1",
                "/rondes/{round}/stemmen",       // the check before voting: by code or by address
                "errors:/rondes/{round}/stemmen#code",
                "code:/rondes/{round}/stemmen#DEMO-HELP-MAN1-9",   // a demo code: the page after the check
                "vote:ballot",                 // the ballot, in the test round where votes may be used up
                "vote:errors",                 // the ballot sent back with its problems
                "vote:review",                 // "klopt je keuze?"
                "vote:done",                   // "gelukt", with the receipt
                "vote:no-vote",                // the pass ended before the ballot was sent
                "/rondes/{oost}/uitslag",        // the demo results: one wijk published, one scheduled
                "/rondes/{oost}/uitslag/WK001411",   // published, with a deviation, the chart and the table
                "/plannen/{chosen}",             // a plan with its verdict from the published result
                "/rondes/{oost}/stem-geteld",
                "errors:/rondes/{oost}/stem-geteld#code",
                "code:/rondes/{oost}/stem-geteld#ABCD-EFGH-1234",   // a typo: the check character is wrong
                "code:/rondes/{oost}/stem-geteld#{receipt}",       // a valid code of no ballot: the answer
                "/deze-pagina-bestaat-niet"    // the error page
        );
    }

    /**
     * Pages as the demo admin sees them (every staff page; gebiedsteam pages look the same).
     * "errors:" opens the form, empties the fields named after "#" and submits it; "code:" types the
     * code after "#" into the field "code" and submits the form; "vote:" checks in a fresh resident of
     * the test round and goes as far as the step named ({@link #vote}).
     */
    static Stream<String> staffPages() {
        return Stream.of(
                "/beheer",
                "/beheer/wachtwoord",
                "/beheer/rondes/nieuw?gebied=zuid",
                "errors:/beheer/rondes/nieuw?gebied=zuid#name#total",
                "/beheer/rondes/{round}",
                "/beheer/rondes/{round}/bewerken",
                "/beheer/gebieden/zuid/logboek",
                "/beheer/logboek",
                "/beheer/medewerkers",
                "/beheer/medewerkers/nieuw",
                "errors:/beheer/medewerkers/nieuw#email",
                "/beheer/gebieden/zuid/meldingen",
                "/beheer/rondes/{wijert}/plannen",
                "errors:/beheer/rondes/{wijert}/plannen",
                "/beheer/rondes/{wijert}/plannen/samenvoegen",
                "errors:/beheer/rondes/{wijert}/plannen/samenvoegen",
                "/beheer/berichten",
                "/beheer/berichten/{mail}",
                "/beheer/rondes/{round}/register",
                "errors:/beheer/rondes/{round}/register",
                "/beheer/rondes/{round}/register/inlezen/{import}",
                "/beheer/rondes/{round}/balie",
                "/beheer/rondes/{round}/opkomst",
                "errors:/beheer/rondes/{round}/balie#code",
                "code:/beheer/rondes/{round}/balie#DEMO-HELP-MAN2-7",  // a resident found, with what staff can do
                "vote:paper",                  // staff enter a paper ballot for a resident of the test round
                "/beheer/rondes/{oost}/uitslag/WK001411"   // a result as staff who may not adopt see it
        );
    }

    /**
     * The result pages as the wijkwethouder sees them: wethouder.oost for the demo round Oost 2026,
     * wethouder.zuid for our own round whose count waits for adoption ({counted}). "tick:" ticks the
     * first deviation and sends the adoption form without a reason; "later:" asks to publish later
     * without a date. Both come back with the error and change nothing.
     */
    static Stream<String> wethouderPages() {
        return Stream.of(
                "/beheer/rondes/{oost}/uitslag",
                "/beheer/rondes/{oost}/uitslag/WK001411",     // published
                "/beheer/rondes/{oost}/uitslag/WK001412",     // adopted, publication planned: the publish form
                "later:/beheer/rondes/{oost}/uitslag/WK001412",
                "/beheer/rondes/{counted}/uitslag/WK001406",  // counted: the adoption form
                "tick:/beheer/rondes/{counted}/uitslag/WK001406"
        );
    }

    @Inject
    EmbeddedServer server;

    @Inject
    Sql sql;

    @Inject
    Outbox outbox;

    @Inject
    SendMail sendMail;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ApplicationContext context;

    @Inject
    CookieSettings cookies;

    private Browser browser;
    private Browser staffBrowser;
    private Browser wethouderOost;
    private Browser wethouderZuid;
    /** The demo round with results; a plan of it that was chosen; our own round counted but not adopted. */
    private String oost;
    private String chosen;
    private String counted;
    private String round;
    private String mail;
    private String unsubscribe;
    private String ideas;
    private String wijert;
    private String commented;
    private String merged;
    private String hidden;
    private String plan;
    private String registerImport;
    /** A voting round of our own, whose residents' votes the vote pages may use up (not the demo's). */
    private String vote;
    private Iterator<String> voteCodes;
    private final String edit = SecretToken.create();
    private final String confirm = SecretToken.create();
    private final String invite = SecretToken.create();

    @BeforeAll
    void startBrowsers() throws Exception {
        browser = new Browser(server.getURL());
        staffBrowser = new Browser(server.getURL()).logIn("beheer@wijkdeal.example", "demo-beheer-2026");
        wethouderOost = new Browser(server.getURL()).logIn("wethouder.oost@wijkdeal.example", "demo-wethouder-2026");
        wethouderZuid = new Browser(server.getURL()).logIn("wethouder.zuid@wijkdeal.example", "demo-wethouder-2026");
        oost = sql.one("SELECT id FROM round WHERE name = 'Wijkdeal Oost 2026' ORDER BY id LIMIT 1", rs -> rs.getString(1)).orElseThrow();
        chosen = sql.one("SELECT plan_id FROM result_plan WHERE round_id = ? AND wijk_code = 'WK001411' AND computed_selected"
                + " ORDER BY place LIMIT 1", rs -> rs.getString(1), Long.parseLong(oost)).orElseThrow();
        counted = Long.toString(countedRound());
        // The demo round with the most to show: voting, several wijken, spelregels.
        round = sql.one("SELECT id FROM round WHERE phase = 'VOTING' ORDER BY id LIMIT 1", rs -> rs.getString(1)).orElseThrow();
        // One kept mail (demo mode) for the staff's "Verzonden berichten" and its unsubscribe link.
        long id = outbox.enqueue(MailDraft.of("example", "toegankelijk@voorbeeld.nl", Language.NL).with("name", "Anna")
                .with("topic", "de speeltuin").with("path", "/gebieden/zuid").withUnsubscribe().about("zuid"));
        sendMail.flush();
        mail = Long.toString(id);
        // A round taking plans, a demo plan in it, and personal links to it whose tokens we know.
        wijert = sql.one("SELECT id FROM round WHERE phase = 'CO_CREATION' ORDER BY id LIMIT 1", rs -> rs.getString(1)).orElseThrow();
        commented = sql.one("SELECT plan_id FROM plan_comment WHERE parent_id IS NOT NULL ORDER BY id LIMIT 1",
                rs -> rs.getString(1)).orElseThrow();
        merged = sql.one("SELECT id FROM plan WHERE state = 'MERGED' ORDER BY id LIMIT 1", rs -> rs.getString(1)).orElseThrow();
        hidden = sql.one("SELECT id FROM plan WHERE hidden_reason IS NOT NULL ORDER BY id LIMIT 1", rs -> rs.getString(1)).orElseThrow();
        registerImport = sql.one("SELECT max(id) FROM register_import WHERE round_id = ?", rs -> rs.getString(1),
                Long.parseLong(round)).orElseThrow();
        ideas = sql.one("SELECT id FROM round WHERE phase = 'IDEAS' ORDER BY id LIMIT 1", rs -> rs.getString(1)).orElseThrow();
        plan = sql.one("SELECT id FROM plan WHERE round_id = ? AND state = 'PUBLISHED' ORDER BY id LIMIT 1",
                rs -> rs.getString(1), Long.parseLong(ideas)).orElseThrow();
        for (String[] link : new String[][] {{edit, "EDIT_PLAN"}, {confirm, "CONFIRM_SUPPORT"}, {invite, "INVITE_COAUTHOR"}}) {
            sql.update("INSERT INTO email_link (token_hash, purpose, plan_id, participant_id, expires_at)"
                    + " SELECT ?, ?, id, author_id, now() + interval '1 day' FROM plan WHERE id = ?",
                    SecretToken.digest(link[0]), link[1], Long.parseLong(plan));
        }
        Map<?, ?> voting = votingRound();
        vote = Long.toString(((Round) voting.get("round")).id());
        voteCodes = ((Map<?, ?>) voting.get("codes")).values().stream().map(String::valueOf).toList().iterator();
        unsubscribe = URI.create(sql.one("SELECT unsubscribe_url FROM mail_outbox WHERE id = ?",
                rs -> rs.getString(1), id).orElseThrow()).getPath();
    }

    /**
     * The specs' own {@code TestBallots} (plans reviewed and on the ballot, a register, letters with
     * codes), reached by name: the Groovy test code is compiled after this class.
     */
    private Map<?, ?> votingRound() throws ReflectiveOperationException {
        Class<?> helper = Class.forName("nl.wijkdeal.ballot.TestBallots");
        Object ballots = helper.getConstructor(ApplicationContext.class, HttpClient.class).newInstance(context, http);
        return (Map<?, ?>) helper.getMethod("votingRound", Map.class, List.class, int.class).invoke(ballots,
                Map.of("name", "Toegankelijk stemmen", "maxChoices", "2"), List.of("4.000", "6.000", "9.000"), 80);
    }

    /**
     * A round of our own in zuid whose count waits for the wijkwethouder: voting (as for the vote
     * pages), closed, then ballots seeded and counted again, as the demo does for its results.
     */
    private long countedRound() throws ReflectiveOperationException {
        Class<?> helper = Class.forName("nl.wijkdeal.ballot.TestBallots");
        Object ballots = helper.getConstructor(ApplicationContext.class, HttpClient.class).newInstance(context, http);
        Map<?, ?> voting = (Map<?, ?>) helper.getMethod("votingRound", Map.class, List.class, int.class).invoke(ballots,
                Map.of("name", "Toegankelijk vaststellen", "maxChoices", "2"), List.of("4.000", "6.000", "9.000"), 12);
        long id = ((Round) voting.get("round")).id();
        Class<?> rounds = Class.forName("nl.wijkdeal.round.TestRounds");
        rounds.getMethod("move", long.class, Phase.class)
                .invoke(rounds.getConstructor(ApplicationContext.class, HttpClient.class).newInstance(context, http), id, Phase.COUNTING);
        Round closed = context.getBean(PublicRounds.class).findForStaff(id).orElseThrow();
        context.getBean(SeedBallots.class).seed(closed, Map.of("WK001406", 12), id);
        context.getBean(SeedResults.class).recount(closed);
        return id;
    }

    @AfterAll
    void stopBrowsers() {
        for (Browser b : new Browser[] {browser, staffBrowser, wethouderOost, wethouderZuid}) {
            if (b != null) {
                b.close();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyPageIsForEveryone(String path) {
        checkEverywhere(browser, path);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("staffPages")
    void everyStaffPageIsForEveryone(String path) {
        checkEverywhere(staffBrowser, path);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wethouderPages")
    void everyResultPageOfTheWethouderIsForEveryone(String path) {
        checkEverywhere(wethouder(path), path);
    }

    private Browser wethouder(String path) {
        return path.contains("{counted}") ? wethouderZuid : wethouderOost;
    }

    private void visit(Browser b, String page) {
        String path = page.replace("{oost}", oost).replace("{chosen}", chosen).replace("{counted}", counted)
                .replace("{receipt}", ReceiptCode.random().grouped())
                .replace("{round}", round).replace("{mail}", mail).replace("{unsubscribe}", unsubscribe)
                .replace("{ideas}", ideas).replace("{wijert}", wijert).replace("{commented}", commented).replace("{merged}", merged).replace("{hidden}", hidden).replace("{plan}", plan).replace("{edit}", edit).replace("{confirm}", confirm).replace("{invite}", invite)
                .replace("{import}", registerImport).replace("{unknown}", SecretToken.create());
        if (path.startsWith("vote:")) {
            vote(b, path.substring("vote:".length()));
        } else if (path.startsWith("tick:")) {
            b.open(path.substring("tick:".length()));
            b.driver().findElement(By.cssSelector("input[name=afwijken]")).click();
            b.press("form[action$='/vaststellen'] button[type=submit]");
            assertFalse(b.driver().findElements(By.className("field__error")).isEmpty(), () -> "no error shown on " + page);
        } else if (path.startsWith("later:")) {
            b.open(path.substring("later:".length()));
            b.driver().findElement(By.id("wanneer-later")).click();
            b.driver().findElement(By.id("datum")).clear();
            b.press("form[action$='/publiceren'] button[type=submit]");
            assertFalse(b.driver().findElements(By.className("form__error")).isEmpty(), () -> "no error shown on " + page);
        } else if (path.startsWith("code:")) {
            String[] parts = path.substring("code:".length()).split("#");
            b.open(parts[0]).submitWith("code", parts[1]);
        } else if (path.startsWith("errors:")) {
            String[] parts = path.substring("errors:".length()).split("#");
            b.open(parts[0]).submitEmptied(java.util.Arrays.copyOfRange(parts, 1, parts.length));
            assertFalse(b.driver().findElements(org.openqa.selenium.By.className("field__error")).isEmpty(),
                    () -> "no error shown on " + page + " at " + b.driver().getCurrentUrl() + ": " + b.driver().getTitle());
        } else {
            b.open(path);
        }
    }

    /**
     * A fresh resident of the test round checks in with their code (each visit its own, since "done"
     * uses the vote up) and goes to {@code step}: ballot, errors, review, done, no-vote; or, for staff,
     * paper: the counter finds the resident and opens the paper ballot.
     */
    private void vote(Browser b, String step) {
        String code = voteCodes.next();
        if (step.equals("paper")) {
            b.open("/beheer/rondes/" + vote + "/balie").submitWith("code", code).press("form[action$='/balie/papier'] button");
            assertTrue(b.driver().getCurrentUrl().endsWith("/stemmen/stembiljet"), b.driver().getCurrentUrl());
            return;
        }
        b.open("/rondes/" + vote + "/stemmen").submitWith("code", code);
        assertTrue(b.driver().getCurrentUrl().endsWith("/stemmen/stembiljet"), b.driver().getCurrentUrl());
        switch (step) {
            case "ballot" -> {
            }
            case "errors" -> {
                b.press("form.form button[type=submit]");   // nothing chosen
                assertFalse(b.driver().findElements(By.className("form__error")).isEmpty(), "no problem shown on the ballot");
            }
            case "no-vote" -> {
                b.driver().manage().deleteCookieNamed(cookies.name(VoterPass.COOKIE));
                b.press("form.form button[type=submit]");
                assertEquals(1, b.driver().findElements(By.cssSelector("a[href$='/stemmen'].button")).size(), "no way back to the check");
            }
            case "review", "done" -> {
                b.driver().findElement(By.cssSelector("input[name=kies]")).click();
                b.press("form.form button[type=submit]");
                assertEquals(1, b.driver().findElements(By.cssSelector("form[action$='/versturen']")).size(), "not the review");
                if (step.equals("done")) {
                    b.press("form[action$='/versturen'] button");
                    assertTrue(b.driver().getCurrentUrl().contains("/stemmen/gelukt"), b.driver().getCurrentUrl());
                }
            }
            default -> throw new IllegalArgumentException("no vote step " + step);
        }
    }

    private void checkEverywhere(Browser browser, String path) {
        for (String language : List.of("nl", "en")) {
            browser.language(language);
            for (int width : List.of(1280, 320)) {
                visit(browser.width(width), path);
                String where = path + " (" + language + ", " + width + " px)";
                assertRealPage(browser, path, where);
                assertEquals(language, browser.lang(), "lang attribute on " + where);
                assertEquals(List.of(), browser.accessibilityViolations(), "axe-core violations on " + where);
                assertFalse(browser.scrollsSideways(), "horizontal scrolling on " + where);
            }
        }
    }

    /** An error page passes the audit as well as any: only the one error page on the list may be one. */
    private static void assertRealPage(Browser browser, String path, String where) {
        if (path.equals("/deze-pagina-bestaat-niet")) {
            return;
        }
        String main = browser.driver().findElement(By.tagName("main")).getText();
        assertFalse(main.matches("(?s).*(Foutcode|Error code) \\d{3}.*"), () -> "an error page instead of " + where + ": " + main);
    }

    @Test
    void whileTypingTheFormSaysHowManyCharactersAreLeft() {
        browser.language("nl").width(1280).open("/rondes/" + ideas + "/plannen/nieuw");
        WebElement title = browser.driver().findElement(By.id("title"));
        WebElement counter = browser.driver().findElement(By.cssSelector("#title + .field__counter"));
        assertEquals("Nog 80 tekens over", counter.getText());

        title.sendKeys("Bankjes");

        assertEquals("Nog 73 tekens over", counter.getText());
    }

    @Test
    void withoutJavaScriptAResidentVotesFromTheCheckToTheReceipt() throws Exception {
        int before = ballotsInTheTestRound();
        String code = voteCodes.next();
        try (Browser noScript = Browser.withoutJavaScript(server.getURL())) {
            // The letter's QR link carries the code in the fragment; only a script would fill it in.
            noScript.language("nl").width(1280).open("/rondes/" + vote + "/stemmen#code=" + code);
            assertEquals("", noScript.driver().findElement(By.id("code")).getAttribute("value"), "a script ran");

            noScript.submitWith("code", code);
            assertEquals("Je stembiljet", heading(noScript));
            noScript.driver().findElements(By.cssSelector("input[name=kies]")).get(1).click();
            noScript.press("form.form button[type=submit]");
            assertEquals("Klopt je keuze?", heading(noScript));
            noScript.press("form[action$='/versturen'] button");

            assertEquals("Gelukt, je hebt gestemd!", heading(noScript));
            assertTrue(noScript.driver().findElement(By.className("receipt")).getText()
                    .matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}-[0-9A-Z]"), "a receipt code");
        }
        assertEquals(before + 1, ballotsInTheTestRound());
    }

    @Test
    void withTheKeyboardAloneAResidentVotesFromTheCheckToTheReceipt() {
        int before = ballotsInTheTestRound();
        browser.language("nl").width(1280).open("/rondes/" + vote + "/stemmen");
        var keys = new org.openqa.selenium.interactions.Actions(browser.driver());

        WebElement field = tabTo(keys, e -> "code".equals(e.getAttribute("id")));
        assertFocusVisible(field, "the code field");
        keys.sendKeys(voteCodes.next()).sendKeys(Keys.ENTER).perform();
        waitForHeading("Je stembiljet");

        WebElement firstPlan = tabTo(keys, e -> "kies".equals(e.getAttribute("name")));
        assertFocusVisible(firstPlan, "a plan's checkbox");
        keys.sendKeys(Keys.SPACE).perform();
        assertTrue(firstPlan.isSelected(), "SPACE ticks the plan");
        WebElement toReview = tabTo(keys, e -> e.getText().equals("Bekijk je keuze"));
        assertFocusVisible(toReview, "the review button");
        keys.sendKeys(Keys.ENTER).perform();
        waitForHeading("Klopt je keuze?");

        WebElement send = tabTo(keys, e -> e.getText().equals("Verstuur mijn stem"));
        assertFocusVisible(send, "the send button");
        keys.sendKeys(Keys.ENTER).perform();
        waitForHeading("Gelukt, je hebt gestemd!");

        assertFalse(browser.driver().findElement(By.className("receipt")).getText().isBlank(), "a receipt");
        assertEquals(before + 1, ballotsInTheTestRound());
    }

    /** Presses TAB until the focus is on what {@code wanted} looks for (at most 60 times), and returns it. */
    private WebElement tabTo(org.openqa.selenium.interactions.Actions keys, java.util.function.Predicate<WebElement> wanted) {
        for (int i = 0; i < 60; i++) {
            keys.sendKeys(Keys.TAB).perform();
            WebElement focused = browser.driver().switchTo().activeElement();
            if (wanted.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError("TAB never reached it on " + browser.driver().getCurrentUrl());
    }

    private void assertFocusVisible(WebElement element, String what) {
        assertNotEquals("none", browser.css(element, "outline-style"), "focus ring on " + what);
    }

    /**
     * Until the next page is there. The heading is read by one script in the page, never through an
     * element handle: while the old page unloads a handle goes stale, and Chrome reports that either
     * as a stale element or as "Node with given id does not belong to the document" (failed once in CI).
     */
    private void waitForHeading(String text) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> text.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "var h = document.querySelector('h1'); return h ? h.innerText.trim() : null;")));
    }

    private static String heading(Browser b) {
        return b.driver().findElement(By.tagName("h1")).getText();
    }

    private int ballotsInTheTestRound() {
        return sql.one("SELECT count(*) FROM ballot WHERE round_id = ?", rs -> rs.getInt(1), Long.parseLong(vote)).orElseThrow();
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
        skipLinkFirst(browser, path);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("staffPages")
    void onStaffPagesTooTheSkipLinkComesFirst(String path) {
        skipLinkFirst(staffBrowser, path);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wethouderPages")
    void onTheWethoudersPagesTooTheSkipLinkComesFirst(String path) {
        skipLinkFirst(wethouder(path), path);
    }

    private void skipLinkFirst(Browser browser, String path) {
        visit(browser.language("nl").width(1280), path);
        WebElement first = browser.firstTabStop();
        assertEquals("skip-link", first.getAttribute("class"), "first Tab stop on " + path);
        assertTrue(first.isDisplayed(), "skip link visible when focused on " + path);
        assertNotEquals("none", browser.css(first, "outline-style"), "focus ring on " + path);
    }
}
