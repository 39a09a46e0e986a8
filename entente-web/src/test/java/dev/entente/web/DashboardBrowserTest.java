package dev.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser (Debian's headless Chromium through Selenium, offline): each view is loaded,
 * used through its form, checked for what it shows on the built-in data, and photographed at 1280×800 into
 * target/screenshots/ (one view also at 400 px wide). Skipped when /usr/bin/chromedriver is absent.
 */
class DashboardBrowserTest {

  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target", "screenshots");

  @TempDir static Path dir;
  static TestServer server;
  static WebDriver driver;

  @BeforeAll
  static void start() throws IOException {
    Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER),
        "chromium-driver is not installed (apt-get install chromium chromium-driver): skipping the browser tests");
    Files.createDirectories(SHOTS);
    server = new TestServer(dir);
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1280,800", "--user-data-dir=" + dir.resolve("chrome"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString())).build();
    driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1280, 800));
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  private static WebElement await(String css) {
    return new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
  }

  private static void open(String hash) {
    driver.get(server.base() + "/#/" + hash);
  }

  private static void shot(String name) throws IOException {
    Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(png, SHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private static void fill(String form, String name, String value) {
    WebElement input = driver.findElement(By.cssSelector("#" + form + "-form [name='" + name + "']"));
    if (input.getTagName().equals("select")) {
      new Select(input).selectByValue(value);
    } else {
      input.clear();
      input.sendKeys(value);
    }
  }

  private static void submit(String form) {
    driver.findElement(By.cssSelector("#" + form + "-form button[type=submit]")).click();
  }

  @Test
  void obligationsOfJapanShowTheUnitedStatesAndTheChainsOneStepFurther() throws IOException {
    open("obligations");
    await("#obligations-form");
    fill("obligations", "actor", "JPN");
    fill("obligations", "on", "01012026");
    submit("obligations");
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("on=2026-01-01"));
    WebElement result = await("#obligations-result");
    assertThat(result.getText()).contains("Bound to defend Japan (JPN) on 2026-01-01")
        .contains("United States of America (USA)").contains("US–Japan Security Treaty (1960)").contains("1960-06-23");
    assertThat(driver.findElement(By.id("chains")).getText()).contains("USA");
    shot("obligations");
    // the state is in the URL: opening it again shows the same answer
    driver.navigate().refresh();
    assertThat(await("#obligations-result").getText()).contains("US–Japan Security Treaty (1960)");
    open("obligations?defend=TWN&on=2026-01-01");
    assertThat(await("#obligations-result [data-state=empty]").getText())
        .contains("No state has a defense obligation towards Taiwan (TWN)");
  }

  @Test
  void partnersOfChinaByTier() throws IOException {
    open("partners?actor=CHN&on=2025-01-01");
    WebElement result = await("#partners-result");
    assertThat(result.getText()).contains("China (CHN):").contains("Tier 6").contains("Pakistan (PAK)")
        .contains("all-weather strategic cooperative partnership");
    assertThat(driver.findElements(By.cssSelector("#partners-result svg"))).hasSize(2);
    shot("partners");
    driver.manage().window().setSize(new Dimension(400, 800));
    driver.navigate().refresh();
    await("#partners-result svg");
    shot("partners-narrow");
    driver.manage().window().setSize(new Dimension(1280, 800));
  }

  @Test
  void calendarOf2041() throws IOException {
    open("calendar");
    await("#calendar-form");
    fill("calendar", "from", "01012041");
    fill("calendar", "to", "12312041");
    submit("calendar");
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("from=2041-01-01"));
    WebElement result = await("#calendar-result");
    assertThat(result.getText()).contains("3 entries from 2041-01-01 to 2041-12-31")
        .contains("2041-09-10").contains("Sino-DPRK treaty (1961)").contains("notice-deadline");
    assertThat(result.findElements(By.cssSelector("svg"))).isNotEmpty();
    shot("calendar");
  }

  @Test
  void dyadWithoutImportedDataSaysWhatToImport() throws IOException {
    open("dyad");
    await("#dyad-form");
    fill("dyad", "a", "USA");
    fill("dyad", "b", "JPN");
    fill("dyad", "years", "1950-2018");
    submit("dyad");
    WebElement empty = await("[data-state=empty]");
    assertThat(empty.getText()).contains("entente import atop PATH").contains("entente import cow-system PATH");
    assertThat(driver.getCurrentUrl()).contains("a=USA").contains("b=JPN").contains("years=1950-2018");
    shot("dyad");
  }
}
