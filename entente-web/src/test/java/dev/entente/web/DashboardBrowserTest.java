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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser (Debian's headless Chromium through Selenium, offline): each view is loaded,
 * used through its form, checked for what it shows on the built-in data, and photographed at 1280×800 into
 * target/screenshots/ (two views also at 400 px wide). Skipped when /usr/bin/chromedriver is absent.
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

  /** The element once its text holds {@code text}: a view re-rendered for a new URL replaces its elements. */
  private static WebElement awaitText(String css, String text) {
    return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElements(By.cssSelector(css)).stream().filter(e -> e.getText().contains(text))
            .findFirst().orElse(null));
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
    WebElement result = awaitText("#obligations-result", "on 2026-01-01");
    assertThat(result.getText()).contains("Bound to defend Japan (JPN) on 2026-01-01")
        .contains("United States of America (USA)").contains("US–Japan Security Treaty (1960)").contains("1960-06-23");
    assertThat(driver.findElement(By.id("chains")).getText()).contains("USA")
        .contains("Art. 5: an armed attack against one or more Parties in Europe or North America");
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
    WebElement result = awaitText("#calendar-result", "2041-01-01 to 2041-12-31");
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
    assertThat(await("#dyad-events [data-state=empty]").getText()).contains("entente import gdelt PATH");
    shot("dyad");
  }

  @Test
  void networkSliderChangesTheGraphAndAClickedStateListsItsTies() throws IOException {
    open("network?on=2026-06-01&kind=alliance&hub=USA&region=world&source=curated&obligation=any");
    WebElement graph = await("#network-graph");
    String nodes2026 = graph.getAttribute("data-nodes");
    assertThat(driver.findElement(By.id("network-measures")).getText()).contains("hub clustering");
    assertThat(driver.findElement(By.id("network-legend")).getText()).contains("chosen hub").contains("alliance");
    shot("network");
    // the slider: move it to 1950 (as a drag ends: input, then change)
    WebElement slider = driver.findElement(By.id("network-year"));
    ((JavascriptExecutor) driver).executeScript("arguments[0].value = 1950;"
        + " arguments[0].dispatchEvent(new Event('input')); arguments[0].dispatchEvent(new Event('change'));", slider);
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("on=1950-06-01"));
    WebElement g1950 = new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElements(
        By.cssSelector("#network-graph[data-when='1950-06-01']")).stream().findFirst().orElse(null));
    assertThat(g1950.getAttribute("data-nodes")).isNotEqualTo(nodes2026);
    // a click on the United States lists its ties
    @SuppressWarnings("unchecked")
    java.util.List<Number> xy = (java.util.List<Number>) ((JavascriptExecutor) driver).executeScript(
        "const p = window.ententeGraph.$id('USA').renderedPosition(); return [p.x, p.y];");
    Dimension size = g1950.getSize();
    // pointer offsets are from the centre of the element's visible part: bring all of the graph into view
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", g1950);
    new Actions(driver).moveToElement(g1950, xy.get(0).intValue() - size.getWidth() / 2,
        xy.get(1).intValue() - size.getHeight() / 2).click().perform();
    WebElement ties = await("#network-ties");
    assertThat(ties.getText()).contains("United States of America (USA)").contains("ties")
        .contains("Rio Treaty");
    shot("network-ties");
  }

  @Test
  void structureChartsTheHubAndSpokeTrendAndTheLandscapeSaysWhatToImport() throws IOException {
    open("structure");
    WebElement table = await("#structure-table");
    assertThat(driver.findElements(By.cssSelector("#structure-result svg"))).isNotEmpty();
    // latest year first: 2026, with the hub clustering of the US Asia-Pacific network (8 of 15 ally pairs tied)
    String first = table.findElement(By.cssSelector("tbody tr")).getText();
    assertThat(first).startsWith("2026").contains("0.5333");
    assertThat(driver.getCurrentUrl()).doesNotContain("?");
    assertThat(await("#landscape-result [data-state=empty]").getText()).contains("entente import nmc PATH");
    shot("structure");
  }

  @Test
  void aPresetScenarioShowsPakistanAmongChinasNewDefenders() throws IOException {
    open("scenario");
    assertThat(await("[data-state=empty]").getText()).contains("Build a what-if");
    driver.findElement(By.xpath("//button[contains(., 'China–Pakistan defence treaty')]")).click();
    WebElement result = await("#scenario-result");
    assertThat(driver.getCurrentUrl()).contains("parties=CHN-PAK").contains("on=2027-06-01");
    WebElement china = result.findElement(By.xpath(".//tr[td[contains(., 'China (CHN)')]]"));
    assertThat(china.getText()).contains("+PAK");
    assertThat(result.getText()).contains("What if: add alliance:CHN-PAK:defense:2027-01-01")
        .contains("hub clustering").contains("kappa");
    shot("scenario");
    driver.manage().window().setSize(new Dimension(400, 800));
    driver.navigate().refresh();
    await("#scenario-result");
    shot("scenario-narrow");
    driver.manage().window().setSize(new Dimension(1280, 800));
  }

  @Test
  void movingTheEndOfTheUsJapanTreatyTakesAmericaFromJapansDefenders() {
    open("scenario");
    await("[data-state=empty]");
    WebElement form = driver.findElement(By.id("scenario-form"));
    form.findElement(By.name("change")).sendKeys("us-japan-1960");
    form.findElement(By.name("newend")).sendKeys("2027-01-01");
    form.findElement(By.cssSelector("button[type=submit]")).click();
    WebElement result = await("#scenario-result");
    assertThat(driver.getCurrentUrl()).contains("change=us-japan-1960").contains("newend=2027-01-01");
    assertThat(result.getText()).contains("What if: set-end us-japan-1960:2027-01-01");
    WebElement japan = result.findElement(By.xpath(".//tr[td[contains(., 'Japan (JPN)')]]"));
    assertThat(japan.getText()).contains("−USA");
  }
}
