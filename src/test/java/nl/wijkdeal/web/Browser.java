package nl.wijkdeal.web;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A real, headless Chromium (Debian's chromium and chromium-driver, never a downloaded browser) for
 * UI tests, with the checks every page must pass: axe-core on the WCAG 2.1 A and AA rules, no
 * horizontal scrolling at 320 px, and a skip link that is the first thing the keyboard reaches.
 */
public final class Browser implements AutoCloseable {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final URL base;

    public Browser(URL base) throws Exception {
        this(base, true);
    }

    /** A browser whose pages run no script at all, as with JavaScript switched off or blocked. */
    public static Browser withoutJavaScript(URL base) throws Exception {
        return new Browser(base, false);
    }

    private Browser(URL base, boolean javaScript) throws Exception {
        this.base = base;
        Path profile = Files.createTempDirectory("wijkdeal-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // The flags the machine notes ask for: no sandbox as root, and no background traffic to
        // Google, whose connections this closed network refuses.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        if (!javaScript) {
            // The setting a managed (company) Chrome uses: pages run no script; WebDriver's own still run.
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(base.toString().replaceAll("/$", "") + path);
        return this;
    }

    /** Logs in on the staff login page, as a person would: type, press the button. */
    public Browser logIn(String email, String password) {
        open("/beheer/inloggen");
        driver.findElement(org.openqa.selenium.By.id("email")).sendKeys(email);
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
        clickAndWaitForTheNextPage(driver.findElement(org.openqa.selenium.By.cssSelector("form.form button[type=submit]")));
        if (driver.getCurrentUrl().contains("/beheer/inloggen")) {
            throw new IllegalStateException("login failed for " + email);
        }
        return this;
    }

    /** Submits the page's main form (class "form") after emptying the fields named, to see its errors. */
    public Browser submitEmptied(String... fieldIds) {
        for (String id : fieldIds) {
            driver.findElement(org.openqa.selenium.By.id(id)).clear();
        }
        clickAndWaitForTheNextPage(driver.findElement(org.openqa.selenium.By.cssSelector("form.form button[type=submit]")));
        return this;
    }

    /** Types {@code value} into the field {@code fieldId} and submits the first form, as a resident would. */
    public Browser submitWith(String fieldId, String value) {
        org.openqa.selenium.WebElement field = driver.findElement(org.openqa.selenium.By.id(fieldId));
        field.clear();
        field.sendKeys(value);
        clickAndWaitForTheNextPage(driver.findElement(org.openqa.selenium.By.cssSelector("form.form button[type=submit]")));
        return this;
    }

    /** Clicks the button (or link) {@code cssSelector} and waits for the page it leads to. */
    public Browser press(String cssSelector) {
        clickAndWaitForTheNextPage(driver.findElement(org.openqa.selenium.By.cssSelector(cssSelector)));
        return this;
    }

    /**
     * A click on a submit button returns before the answer is shown: mark the old page's window and
     * wait for a window without the mark whose document has loaded.
     */
    private void clickAndWaitForTheNextPage(WebElement button) {
        ((JavascriptExecutor) driver).executeScript("window.wijkdealOldPage = true;");
        button.click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return window.wijkdealOldPage === undefined && document.readyState === 'complete';")));
    }

    public Browser language(String code) {
        open("/assets/wijkdeal.css");
        driver.manage().addCookie(new Cookie(Language.COOKIE, code, "/"));
        return this;
    }

    public Browser width(int pixels) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", pixels, "height", 900, "deviceScaleFactor", 1, "mobile", pixels < 600));
        return this;
    }

    /** The axe-core violations of the page as it is now, one line each; empty is the bar. */
    public List<String> accessibilityViolations() {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        return results.getViolations().stream().map(Browser::describe).collect(Collectors.toList());
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
    }

    public boolean scrollsSideways() {
        Object result = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth;");
        return Boolean.TRUE.equals(result);
    }

    public String lang() {
        return (String) ((JavascriptExecutor) driver).executeScript("return document.documentElement.lang;");
    }

    /** Presses Tab once from the top of the page and returns what got the focus. */
    public WebElement firstTabStop() {
        ((JavascriptExecutor) driver).executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0,0);");
        driver.findElement(org.openqa.selenium.By.tagName("body")).sendKeys(Keys.TAB);
        return driver.switchTo().activeElement();
    }

    public String css(WebElement element, String property) {
        return element.getCssValue(property);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
