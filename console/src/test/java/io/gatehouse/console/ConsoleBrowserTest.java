package io.gatehouse.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.identity.Account;
import io.gatehouse.identity.TotpSecret;
import io.gatehouse.identity.TotpVerifier;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real headless Chromium (Debian's {@code chromium} and {@code chromedriver}):
 * one browser for the class, the scenarios in order, a screenshot of each page under {@code
 * target/screenshots}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {
  @TempDir static Path dir;
  static ConsoleServer server;
  static WebDriver browser;
  static WebDriverWait wait;
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  /** The secret access key the page showed once. */
  static String shownSecret;

  @BeforeAll
  static void start() throws Exception {
    server = ConsoleServer.start(dir, 5);
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1280,1024", "--user-data-dir=" + Files.createDirectory(
            dir.resolve("chromium-profile")));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    server.close();
  }

  @Test
  @Order(1)
  void signsInWithPasswordAndMfaCode() throws Exception {
    browser.get(server.console().toString());
    WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("user")));
    assertEquals(ConsoleServer.ACCOUNT, browser.findElement(By.name("account")).getAttribute("value"));
    screenshot("01-sign-in");
    user.sendKeys("admin");
    browser.findElement(By.name("password")).sendKeys(ConsoleServer.ADMIN_PASSWORD, Keys.ENTER);
    WebElement code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("mfaCode")));
    assertTrue(message().contains("MFA"), message());
    screenshot("02-sign-in-mfa");
    code.sendKeys(ConsoleServer.mfaCode(Instant.now()), Keys.ENTER);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "admin @ 111122223333 (MFA)"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Users"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "reader"));
    screenshot("03-users");
  }

  @Test
  @Order(2)
  void createsAUserAndAnAccessKeyWhoseSecretIsShownOnce() throws Exception {
    go("#/users");
    WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("UserName")));
    name.sendKeys("carol", Keys.ENTER);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "User carol"));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("create-access-key"))).click();
    WebElement secret = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-secret-key")));
    String secretText = secret.getText();
    shownSecret = secretText;
    assertEquals(40, secretText.length(), secretText);
    String keyId = browser.findElement(By.id("new-access-key-id")).getText();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), keyId));
    screenshot("04-user-access-key");
    Account account = account();
    assertTrue(account.user("carol").isPresent());
    assertEquals(1, account.user("carol").orElseThrow().accessKeys().size());
    browser.navigate().refresh();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), keyId));
    assertFalse(browser.getPageSource().contains(secretText), "the secret is not shown again");
  }

  @Test
  @Order(3)
  void createsAManagedPolicyAndAttachesIt() throws Exception {
    go("#/policies");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("PolicyName"))).sendKeys("ReadIam");
    WebElement editor = browser.findElement(By.name("PolicyDocument"));
    setEditor(editor, "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Effect\": \"Allow\", "
        + "\"Action\": [\"iam:List*\", \"iam:Get*\"], \"Resource\": \"*\"}]\n}");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("policy-status"), "Valid JSON policy"));
    browser.findElement(By.xpath("//button[normalize-space()='Create policy']")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Policy ReadIam"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("policy-version"), "iam:List*"));
    screenshot("05-policy");
    go("#/users/carol");
    WebElement arn = wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("PolicyArn")));
    arn.sendKeys("arn:aws:iam::111122223333:policy/ReadIam");
    browser.findElement(By.xpath("//button[normalize-space()='Attach policy']")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Policy attached."));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "ReadIam"));
    assertEquals(List.of("arn:aws:iam::111122223333:policy/ReadIam"),
        account().user("carol").orElseThrow().attachedPolicies());
  }

  @Test
  @Order(4)
  void showsAValidationErrorAtItsLineAsYouType() throws Exception {
    go("#/policies");
    WebElement editor = wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("PolicyDocument")));
    setEditor(editor, "Version: \"2012-10-17\"\nStatement:\n  - Effect: Allow\n    Action: iam:ListUsers\n"
        + "    Resource: \"*\"\n    Condition:\n      StringEqualz: {aws:username: carol}\n");
    WebElement problem = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".problems li[data-line='7']")));
    assertTrue(problem.getText().startsWith("Line 7, column 7:"), problem.getText());
    assertTrue(problem.getText().contains("StringEqualz"), problem.getText());
    assertTrue(browser.findElement(By.cssSelector(".gutter .bad[data-line='7']")).isDisplayed());
    screenshot("06-policy-editor-error");
  }

  @Test
  @Order(5)
  void simulatesAPrincipalsPolicies() throws Exception {
    go("#/simulator");
    WebElement principal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("PolicySourceArn")));
    new Select(principal).selectByValue("arn:aws:iam::111122223333:user/carol");
    browser.findElement(By.name("actions")).sendKeys("iam:ListUsers\niam:CreateUser");
    browser.findElement(By.xpath("//button[normalize-space()='Run simulation']")).click();
    WebElement results = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("#simulation-results table")));
    List<WebElement> rows = results.findElements(By.cssSelector("tbody tr"));
    assertEquals(2, rows.size());
    assertTrue(rows.get(0).getText().contains("iam:ListUsers") && rows.get(0).getText().contains("allowed"),
        rows.get(0).getText());
    assertTrue(rows.get(0).getText().contains("ReadIam"), "the matched statement: " + rows.get(0).getText());
    assertTrue(rows.get(1).getText().contains("iam:CreateUser") && rows.get(1).getText().contains("implicitDeny"),
        rows.get(1).getText());
    screenshot("07-simulator");
  }

  @Test
  @Order(6)
  void findsTheEventsOfTheseActionsInTheAuditTrail() throws Exception {
    String log = server.awaitAudit("AttachUserPolicy");
    assertFalse(log.contains(shownSecret) || log.contains(ConsoleServer.ADMIN_PASSWORD)
        || log.contains(ConsoleServer.MFA_SEED), "no secret, password or MFA seed in the audit trail");
    go("#/audit");
    WebElement action = wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("action")));
    action.sendKeys("iam:CreateUser", Keys.ENTER);
    wait.until(d -> d.findElement(By.id("audit-results")).getText().contains("arn:aws:iam::111122223333:user/carol"));
    String table = browser.findElement(By.id("audit-results")).getText();
    assertTrue(table.contains("Allow") && table.contains("Succeeded"), "the decision and the change: " + table);
    browser.findElements(By.cssSelector("#audit-results button")).get(0).click();
    WebElement event = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#audit-event pre")));
    assertTrue(event.getText().contains("\"eventName\": \"CreateUser\""), event.getText());
    screenshot("08-audit");
    action.clear();
    action.sendKeys("iam:*Policy", Keys.ENTER);
    wait.until(d -> d.findElement(By.id("audit-results")).getText().contains("iam:AttachUserPolicy"));
    assertTrue(browser.findElement(By.id("audit-results")).getText().contains("iam:CreatePolicy"));
    go("#/last-accessed");
    wait.until(d -> d.findElement(By.id("last-accessed-results")).getText().contains("iam:CreateAccessKey"));
    screenshot("09-last-accessed");
  }

  @Test
  @Order(7)
  void showsTheOtherPages() throws Exception {
    go("#/groups");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Groups"));
    screenshot("10-groups");
    go("#/roles/deployer");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Role deployer"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("policy-status"), "Valid"));
    screenshot("11-role");
    browser.findElement(By.xpath("//button[normalize-space()='Revoke active sessions']")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Active sessions revoked."));
    assertTrue(account().role("deployer").orElseThrow().inlinePolicies().stream()
        .anyMatch(p -> p.name().equals("AWSRevokeOlderSessions")), "the revocation policy");
    go("#/users/carol");
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='Assign virtual MFA device']")))
        .click();
    WebElement qr = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("img.qr")));
    wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
        "return arguments[0].complete && arguments[0].naturalWidth > 100", qr));
    screenshot("12-mfa-enrolment");
    String seed = browser.findElement(By.id("mfa-seed")).getText();
    Instant now = Instant.now();
    TotpSecret secret = TotpSecret.fromBase32(seed);
    browser.findElement(By.name("AuthenticationCode1")).sendKeys(new TotpVerifier().codeAt(secret, now.minusSeconds(30)));
    browser.findElement(By.name("AuthenticationCode2")).sendKeys(new TotpVerifier().codeAt(secret, now), Keys.ENTER);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "MFA device enabled."));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "arn:aws:iam::111122223333:mfa/carol"));
    assertEquals(1, account().user("carol").orElseThrow().mfaDevices().size());
  }

  @Test
  @Order(8)
  void aReadOnlyUserIsRefusedWrites() throws Exception {
    browser.findElement(By.id("signout")).click();
    WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("user")));
    user.sendKeys("reader");
    browser.findElement(By.name("password")).sendKeys(ConsoleServer.READER_PASSWORD, Keys.ENTER);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "reader @ 111122223333"));
    go("#/users");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "carol"));
    assertEquals("Users", browser.findElement(By.tagName("h1")).getText());
    browser.findElement(By.name("UserName")).sendKeys("mallory", Keys.ENTER);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "AccessDenied"));
    String message = message();
    assertTrue(message.contains("iam:CreateUser"), message);
    assertTrue(account().user("mallory").isEmpty(), "nothing changed");
    screenshot("13-read-only-denied");
  }

  private static Account account() {
    return server.store.snapshot().account(ConsoleServer.ACCOUNT).orElseThrow();
  }

  /** Opens a page and waits until it has replaced the previous one (hash changes do not reload). */
  private static void go(String hash) {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    String target = server.console() + hash;
    if (!target.equals(browser.getCurrentUrl())) {
      js.executeScript("const h = document.querySelector('main h1'); if (h) h.dataset.stale = '1';");
      browser.get(target);
    }
    wait.until(d -> (Boolean) js.executeScript(
        "const h = document.querySelector('main h1'); return h !== null && !h.dataset.stale;"));
  }

  private static String message() {
    return browser.findElement(By.id("message")).getText();
  }

  /** Replaces the editor's text as typing would, so the page checks it. */
  private static void setEditor(WebElement editor, String text) {
    ((JavascriptExecutor) browser).executeScript(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", editor, text);
  }

  /** A screenshot of the whole page: the window grows to the page's height for it. */
  private static void screenshot(String name) throws Exception {
    long height = (Long) ((JavascriptExecutor) browser).executeScript(
        "return Math.max(document.documentElement.scrollHeight, 800)");
    Dimension before = browser.manage().window().getSize();
    browser.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 140, 6000)));
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    browser.manage().window().setSize(before);
    Files.write(SCREENSHOTS.resolve(name + ".png"), png);
  }
}
