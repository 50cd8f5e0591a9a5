package cn.liulin.enforcement.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Debian's chromedriver: both are given by path, so
 * Selenium Manager never runs and nothing is downloaded; the browser may resolve no host
 * but this machine.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));

    public static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    private final ChromeDriver driver;

    private final Path downloads;

    private Browser(ChromeDriver driver, Path downloads) {
        this.driver = driver;
        this.downloads = downloads;
    }

    /** A new browser with an empty profile, downloading into {@code downloads}. */
    public static Browser start(Path profile, Path downloads) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException(
                    "需要 Debian 的 chromium 和 chromium-driver：apt-get install chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--lang=zh-CN", "--user-data-dir=" + profile.toAbsolutePath(),
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost");
        options.setExperimentalOption("prefs",
                Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                        "download.prompt_for_download", false, "safebrowsing.enabled", false, "intl.accept_languages",
                        "zh-CN"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(new Dimension(1366, 768));
        return new Browser(driver, downloads);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Path downloads() {
        return downloads;
    }

    /** The window at this size (a phone: 390 x 844). */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /**
     * A picture of the whole page as the reader sees it, saved as
     * {@code target/console/<name>.png} (README: the console's pages are copied from
     * there to docs/).
     */
    public Path screenshot(String name) {
        Path target = Path.of("target", "console", name + ".png");
        driver.executeScript("window.scrollTo(0, 0)");
        // A font still loading would show boxes in place of Chinese.
        driver.executeAsyncScript("document.fonts.ready.then(() => arguments[arguments.length - 1]())");
        Dimension window = driver.manage().window().getSize();
        Number height = (Number) driver
            .executeScript("return document.documentElement.scrollHeight + window.outerHeight - window.innerHeight");
        driver.manage().window().setSize(new Dimension(window.getWidth(), Math.min(height.intValue() + 20, 4000)));
        try {
            Files.createDirectories(target.getParent());
            File taken = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(taken.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finally {
            driver.manage().window().setSize(window);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

}
