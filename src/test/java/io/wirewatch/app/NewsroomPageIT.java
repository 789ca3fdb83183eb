package io.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.Alert;
import io.wirewatch.model.AlertType;
import io.wirewatch.model.Json;
import io.wirewatch.model.Severity;
import io.wirewatch.model.Story;
import io.wirewatch.web.HttpRoutes;
import io.wirewatch.web.StoryRoutes;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The newsroom page in headless Chromium against the embedded pipeline: alerts arrive live over SSE, a
 * story opens with its timeline and one SVG point per reported figure value, and wire text that carries a
 * {@code <script>} shows as text. Leaves screenshots in target/.
 */
@Tag("integration")
@Timeout(300)
class NewsroomPageIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final String TOKEN = "page-test-token";
  private static final String SCRIPT_TITLE = "<script>window.__pwned=1</script>KILL: border report withdrawn";

  @Test
  void shouldShowLiveAlertsStoriesAndFigureChartsWithWireTextAsText(@org.junit.jupiter.api.io.TempDir Path profile)
      throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "no system Chromium: install Debian's chromium and chromium-driver (.ci/run does) to run the browser test");
    Story fixture = FixtureStories.borderClashes();
    try (PipelineHarness h = new PipelineHarness(Map.of("channels.enabled", "false", "http.token", TOKEN),
        (app, routes) -> withFixture(app, routes, fixture))) {
      WebDriver browser = chromium(profile);
      try {
        // given the page is open and the sample feed has been ingested
        browser.get(h.base() + "/?token=" + TOKEN);
        int files = h.ingestSampleFeed();
        awaitItems(h, files - 1 + FixtureStories.borderClashes().items().size());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(d -> d.findElements(By.cssSelector("#stories tr.story-row")).size() >= 3);
        js(browser, "window.__sameDocument = true;");

        // when alerts are raised after the page loaded, one with a script in its title
        String realStory = browser.findElements(By.cssSelector("#stories tr.story-row")).stream()
            .map(r -> r.getDomAttribute("data-id")).filter(id -> !id.equals(fixture.id())).findFirst().orElseThrow();
        h.produce(PipelineHarness.alert("page-it-fig", AlertType.FIGURE_CHANGED, Severity.HIGH, fixture.id(),
                "Armenian troops killed: 49 -> 105", "Reuters", null, Duration.ofMillis(90)),
            PipelineHarness.alert("page-it-kill", AlertType.KILL, Severity.CRITICAL, realStory, SCRIPT_TITLE, "AP",
                "europe", Duration.ofMillis(60)));

        // then they arrive live, newest first, coloured by severity, in the same document
        wait.until(d -> d.findElements(By.cssSelector("#alerts li.alert")).size() >= 2);
        assertThat((Boolean) js(browser, "return window.__sameDocument === true;")).isTrue();
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
          var kill = d.findElement(By.cssSelector("#alerts li[data-id='page-it-kill']"));
          assertThat(kill.getDomAttribute("class")).contains("sev-critical");
          assertThat(kill.findElement(By.cssSelector(".title")).getText()).isEqualTo(SCRIPT_TITLE);
          assertThat(kill.findElements(By.tagName("script"))).isEmpty();
          return true;
        });
        assertThat(js(browser, "return typeof window.__pwned;")).isEqualTo("undefined");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("f-type"))).selectByValue("KILL");
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
          assertThat(d.findElements(By.cssSelector("#alerts li.alert"))).extracting(e -> e.getDomAttribute("data-id"))
              .contains("page-it-kill").doesNotContain("page-it-fig")
              .allSatisfy(id -> assertThat(id).satisfiesAnyOf(i -> assertThat(i).isEqualTo("page-it-kill"),
                  i -> assertThat(i).contains("/kill/")));
          return true;
        });
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("f-type"))).selectByValue("");
        screenshot(browser, "newsroom-page.png");

        // when a real story from the pipeline opens: its timeline shows every version with its status
        // the list re-renders as the live feed updates it: find and click in one retried step
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
          d.findElement(By.cssSelector("#stories tr.story-row[data-id='" + realStory + "'] a")).click();
          return true;
        });
        Story real = story(h, realStory);
        wait.until(d -> d.findElements(By.cssSelector("#timeline li")).size() == real.items().size());
        assertThat(browser.findElements(By.cssSelector("#timeline .badge.status"))).extracting(e -> e.getText())
            .containsExactlyInAnyOrderElementsOf(real.items().stream().map(Story.Entry::status).toList());
        assertThat(browser.findElements(By.cssSelector("#charts circle.point"))).hasSize(points(real));

        // when the story with figures opens: one chart per metric, one point per reported value
        browser.get(h.base() + "/?token=" + TOKEN + "#story/" + fixture.id());
        wait.until(d -> d.findElements(By.cssSelector("#charts svg.figure-chart")).size() == 1);
        assertThat(browser.findElements(By.cssSelector("#charts circle.point"))).hasSize(points(fixture));
        assertThat(browser.findElements(By.cssSelector("#charts svg .series"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector("#charts text.point-label"))).extracting(e -> e.getText())
            .contains("49 Reuters", "105 Reuters", "50 AFP");
        assertThat(browser.findElement(By.id("story-headline")).getText()).isEqualTo(fixture.headline());
        assertThat(js(browser, "return typeof window.__pwned;")).isEqualTo("undefined");
        screenshot(browser, "newsroom-story.png");
        System.out.println("newsroom page: " + files + " files ingested; screenshots in target/");
      } finally {
        browser.quit();
      }
    }
  }

  /** The pipeline's routes, with the story API also answering for one story of our own that has figures. */
  private static List<HttpRoutes> withFixture(StreamsApp app, List<HttpRoutes> routes, Story fixture) {
    var real = new InteractiveStoryQueries(app.streams(), null, TOKEN);
    List<HttpRoutes> out = new ArrayList<>();
    for (HttpRoutes r : routes) {
      out.add(r instanceof StoryRoutes ? new StoryRoutes(FixtureStories.over(real, fixture)) : r);
    }
    return out;
  }

  /** Waits until the stories hold {@code items} items in all: the ingested feed has been decided. */
  private static void awaitItems(PipelineHarness h, int items) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create(h.base() + "/api/stories?token=" + TOKEN)).build(), HttpResponse.BodyHandlers.ofString());
      List<Story> all = Json.mapper().readValue(r.body(), new com.fasterxml.jackson.core.type.TypeReference<List<Story>>() {});
      if (all.stream().mapToInt(s -> s.items().size()).sum() >= items) {
        return;
      }
      Thread.sleep(250);
    }
  }

  private static int points(Story s) {
    return s.figures().stream().mapToInt(f -> f.points().size()).sum();
  }

  private static Story story(PipelineHarness h, String id) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(h.base() + "/api/stories/" + id + "?token=" + TOKEN)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    return Json.mapper().readValue(r.body(), Story.class);
  }

  private static WebDriver chromium(Path profile) {
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1400,1000");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    return new ChromeDriver(service, o);
  }

  private static Object js(WebDriver d, String script) {
    return ((JavascriptExecutor) d).executeScript(script);
  }

  private static void screenshot(WebDriver d, String name) throws Exception {
    File shot = ((TakesScreenshot) d).getScreenshotAs(OutputType.FILE);
    Path target = Files.createDirectories(Path.of("target"));
    Files.copy(shot.toPath(), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
