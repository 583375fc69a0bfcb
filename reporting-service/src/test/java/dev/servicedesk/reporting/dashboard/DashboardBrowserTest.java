package dev.servicedesk.reporting.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicedesk.platform.testing.Tokens;
import dev.servicedesk.reporting.Scenario;
import dev.servicedesk.reporting.kpi.KpiScenarioTest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.File;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless Chromium (Debian's chromium and chromedriver): without a token it sends the
 * browser to the OIDC provider with PKCE; with one it draws the scenario month's charts from the KPI API.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class DashboardBrowserTest {

    @TestHTTPResource("/dashboard/")
    URL dashboard;

    private ChromeDriver browser;

    @BeforeEach
    void openChromium() {
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu");
        browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build(), options);
    }

    @AfterEach
    void closeChromium() {
        browser.quit();
    }

    @Test
    void withoutATokenThePageLogsInWithPkce() {
        browser.get(dashboard.toString());
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(driver -> driver.getCurrentUrl().contains("/protocol/openid-connect/auth"));
        String url = browser.getCurrentUrl();
        assertTrue(url.contains("/realms/quarkus/protocol/openid-connect/auth?"), url);
        assertTrue(url.contains("client_id=servicedesk-web"), url);
        assertTrue(url.contains("code_challenge_method=S256"), url);
        assertTrue(url.contains("redirect_uri=" + URLEncoder.encode(dashboard.toString(), StandardCharsets.UTF_8)),
                url);
    }

    @Test
    void aManagerSeesTheMonthsCharts() {
        Scenario scenario = new Scenario();
        scenario.sendInOrder();
        KpiScenarioTest.awaitConverged(scenario);

        browser.get(dashboard.toString().replace("/dashboard/", "/dashboard/config"));
        ((JavascriptExecutor) browser).executeScript("sessionStorage.setItem('servicedesk.dashboard.token', "
                + "arguments[0])", Tokens.forRole("analyst"));
        browser.get(dashboard + "?from=2026-10-01&to=2026-10-31&department=" + scenario.department);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver.findElement(By.id("status"))
                .getText().startsWith("Período"));

        assertEquals("Período 2026-10-01 a 2026-10-31: 5 solicitações, 4 ordens abertas, 2 encerradas.",
                browser.findElement(By.id("status")).getText());
        assertEquals("1", value("#volume rect[data-label='2026-10-05'][data-series='Telefone']"));
        assertEquals("1", value("#volume rect[data-label='2026-10-06'][data-series='E-mail']"));
        assertEquals("1", value("#volume rect[data-label='2026-10-05'][data-series='WhatsApp']"));
        assertEquals("1", value("#backlog rect[data-label='ON_HOLD']"));
        assertEquals(List.of("0", "0", "0", "0", "1", "0", "0", "0", "0", "1", "0"), browser
                .findElements(By.cssSelector("#satisfaction rect")).stream().map(r -> r.getAttribute("data-value"))
                .toList());
        assertEquals("Média 6.5 · NPS 0 · 2 avaliações", browser.findElement(By.id("nps")).getText());
        assertEquals("2", browser.findElement(By.cssSelector("#resolution polyline[data-series='Mediana']"))
                .getAttribute("data-points"));
        assertEquals("2", browser.findElement(By.cssSelector("#sla polyline[data-series='Resposta']"))
                .getAttribute("data-points"));
    }

    private String value(String css) {
        WebElement bar = browser.findElement(By.cssSelector(css));
        return bar.getAttribute("data-value");
    }
}
