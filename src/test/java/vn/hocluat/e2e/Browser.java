package vn.hocluat.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Headless Debian Chromium driven through /usr/bin/chromedriver (Selenium's own driver download
 * cannot work offline), with a fresh profile, a fixed viewport, a screenshot per step, and the
 * accessibility and page-weight checks run on every page a journey visits.
 */
public final class Browser implements AutoCloseable {
    public enum Viewport {
        PHONE(360, 740), DESKTOP(1280, 800);

        final int width;
        final int height;

        Viewport(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }

    private static final Duration WAIT = Duration.ofSeconds(15);
    private final ChromeDriver driver;
    private final Path profile;
    private final Path shots;
    private final String base;
    private final Viewport viewport;
    private final PageChecks checks;
    private int step;

    public Browser(String base, String journey, Viewport viewport, PageChecks checks) {
        this.base = base.replaceAll("/$", "");
        this.viewport = viewport;
        this.checks = checks;
        try {
            this.profile = Files.createTempDirectory("hocluat-chromium");
            this.shots = Path.of("target", "e2e-screenshots", journey, viewport.name().toLowerCase());
            Files.createDirectories(shots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--lang=vi",
                "--window-size=" + viewport.width + "," + viewport.height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(viewport.width, viewport.height));
    }

    public WebDriver driver() {
        return driver;
    }

    public Viewport viewport() {
        return viewport;
    }

    /** Opens a path of the application and waits for the page to be loaded. */
    public Browser open(String path) {
        driver.get(base + path);
        waitForPage();
        return this;
    }

    public Browser type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Browser select(String id, String visibleText) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
        return this;
    }

    /** Clicks the submit button of the form holding the element, then waits for the next page. */
    public Browser submit(By button) {
        WebElement old = driver.findElement(By.tagName("html"));
        driver.findElement(button).click();
        new WebDriverWait(driver, WAIT).until(d -> gone(old));
        waitForPage();
        return this;
    }

    /**
     * Whether the element belongs to a page that was replaced. Besides the stale-element error,
     * recent chromedrivers answer "Node with given id does not belong to the document" (an unknown
     * error) while the old document is being torn down: that also means it is gone.
     */
    private static boolean gone(WebElement old) {
        try {
            old.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    public Browser click(By link) {
        return submit(link);
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /**
     * Records a step: saves a screenshot and runs the accessibility and page-weight checks on the
     * page as it is now.
     */
    public Browser step(String name) {
        step++;
        File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        try {
            Files.copy(png.toPath(), shots.resolve(String.format("%02d-%s.png", step, name)),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        checks.check(this, name);
        return this;
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    public Object asyncScript(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
    }

    private void waitForPage() {
        new WebDriverWait(driver, WAIT).until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
