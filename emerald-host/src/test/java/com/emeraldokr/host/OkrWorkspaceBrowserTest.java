package com.emeraldokr.host;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The OKRs page in headless Chromium, as a planner, an engineer and a manager use it. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OkrWorkspaceBrowserTest extends BrowserSession {

    private static final String API = SeededHostTest.API;

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private JsonNode objectives() {
        return http.get(API + "/gadgets/okr-progress").body().get("objectives");
    }

    private void open(String query) {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get("http://localhost:" + host.port() + "/okrs" + query);
        waiting().until(d -> !d.findElements(By.cssSelector(".emerald-objective-row, .emerald-empty, .emerald-error")).isEmpty());
    }

    private List<WebElement> rows(String cssClass) {
        return browser.findElements(By.cssSelector("tr." + cssClass));
    }

    private WebElement openDialog() {
        waiting().until(d -> !d.findElements(By.cssSelector("section.emerald-dialog:not([hidden])")).isEmpty());
        return browser.findElement(By.cssSelector("section.emerald-dialog:not([hidden])"));
    }

    private static WebElement field(WebElement dialog, String name) {
        return dialog.findElement(By.name(name));
    }

    @Test
    @Order(1)
    void theTreeShowsTheCycleObjectivesThenKeyResultsThenEpics() throws IOException {
        open("");
        JsonNode objectives = objectives();
        assertThat(rows("emerald-objective-row")).hasSize(objectives.size());
        assertThat(rows("emerald-keyresult-row")).isEmpty();

        JsonNode withEpics = StreamSupport.stream(objectives.spliterator(), false)
                .filter(o -> StreamSupport.stream(o.get("keyResults").spliterator(), false)
                        .anyMatch(k -> k.path("completion").path("epics").size() > 0))
                .findFirst().orElseThrow();
        WebElement toggle = browser.findElement(By.cssSelector("tr.emerald-objective-row[data-issue-key='"
                + withEpics.get("issueKey").asText() + "'] .emerald-toggle"));
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        toggle.click();
        waiting().until(d -> rows("emerald-keyresult-row").size() == withEpics.get("keyResults").size());
        WebElement row = browser.findElement(By.cssSelector("tr.emerald-objective-row[data-issue-key='"
                + withEpics.get("issueKey").asText() + "']"));
        assertThat(row.findElement(By.cssSelector(".emerald-toggle")).getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(row.findElement(By.cssSelector("[role=progressbar]")).getAttribute("aria-valuenow"))
                .isEqualTo(withEpics.get("percent").asText());
        assertThat(row.getText()).contains(withEpics.get("summary").asText());

        JsonNode epicKr = StreamSupport.stream(withEpics.get("keyResults").spliterator(), false)
                .filter(k -> k.path("completion").path("epics").size() > 0).findFirst().orElseThrow();
        WebElement krRow = browser.findElement(By.cssSelector("tr.emerald-keyresult-row[data-issue-key='"
                + epicKr.get("issueKey").asText() + "']"));
        assertThat(krRow.getText()).as("epic work reads as issues done, never as a raw fraction")
                .containsPattern("\\d+ of \\d+ (issues|story points) done").doesNotContain("0.3333");
        krRow.findElement(By.cssSelector(".emerald-toggle")).click();
        waiting().until(d -> rows("emerald-epic-row").size() == epicKr.get("completion").get("epics").size());
        screenshot(browser, "okr-workspace-tree.png");
        assertThat(Axe.seriousViolations(browser)).isEmpty();
    }

    @Test
    @Order(2)
    void filtersAndSearchNarrowTheTreeAndSayWhenNothingMatches() {
        open("");
        JsonNode first = objectives().get(0);
        WebElement search = browser.findElement(By.name("text"));
        search.sendKeys(first.get("summary").asText());
        waiting().until(d -> rows("emerald-objective-row").size() == 1);
        assertThat(rows("emerald-objective-row").get(0).getAttribute("data-issue-key")).isEqualTo(first.get("issueKey").asText());

        search.sendKeys(" no such words anywhere");
        waiting().until(d -> !d.findElements(By.cssSelector(".emerald-empty")).isEmpty());
        browser.findElement(By.cssSelector(".emerald-empty-action")).click();
        waiting().until(d -> rows("emerald-objective-row").size() == objectives().size());

        new Select(browser.findElement(By.name("commitment"))).selectByValue("ASPIRATIONAL");
        long aspirational = StreamSupport.stream(objectives().spliterator(), false)
                .filter(o -> o.get("commitment").asText().equals("ASPIRATIONAL")).count();
        waiting().until(d -> rows("emerald-objective-row").size() == aspirational);
    }

    @Test
    @Order(3)
    void aRefusedObjectiveShowsEachErrorBesideItsFieldAndCreatesNothing() throws IOException {
        open("");
        int before = objectives().size();
        browser.findElement(By.cssSelector(".emerald-create-objective")).click();
        WebElement dialog = openDialog();
        field(dialog, "keyResults[0].summary").sendKeys("Cut p95 latency");
        field(dialog, "keyResults[0].start").sendKeys("900");
        field(dialog, "keyResults[0].target").sendKeys("300");
        dialog.findElement(By.cssSelector(".emerald-dialog-submit")).click();

        waiting().until(d -> !dialog.findElements(By.cssSelector(".error")).isEmpty());
        assertThat(field(dialog, "summary").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field(dialog, "keyResults[0].target").getAttribute("aria-invalid"))
                .as("an increase whose target is below its start").isEqualTo("true");
        screenshot(browser, "okr-workspace-create-refused.png");
        assertThat(Axe.seriousViolations(browser)).isEmpty();
        assertThat(objectives()).hasSize(before);
    }

    @Test
    @Order(4)
    void anObjectiveWithItsKeyResultsIsCreatedAsIssuesFromTheDialog() {
        open("");
        int before = objectives().size();
        browser.findElement(By.cssSelector(".emerald-create-objective")).click();
        WebElement dialog = openDialog();
        field(dialog, "projectKey").clear();
        field(dialog, "projectKey").sendKeys("OKR");
        field(dialog, "summary").sendKeys("Make on-call quiet");
        new Select(field(dialog, "commitment")).selectByValue("ASPIRATIONAL");
        field(dialog, "keyResults[0].summary").sendKeys("Pages per week");
        new Select(field(dialog, "keyResults[0].kind")).selectByValue("DECREASE_TO");
        field(dialog, "keyResults[0].start").sendKeys("40");
        field(dialog, "keyResults[0].target").sendKeys("10");
        field(dialog, "keyResults[0].unit").sendKeys("pages");
        field(dialog, "keyResults[1].summary").sendKeys("Error budget kept");
        new Select(field(dialog, "keyResults[1].kind")).selectByValue("STAY_WITHIN");
        field(dialog, "keyResults[1].start").sendKeys("90");
        field(dialog, "keyResults[1].target").sendKeys("99");
        field(dialog, "keyResults[1].upper").sendKeys("100");
        field(dialog, "keyResults[1].unit").sendKeys("%");
        dialog.findElement(By.cssSelector(".emerald-dialog-submit")).click();

        waiting().until(d -> d.findElements(By.cssSelector("section.emerald-dialog:not([hidden])")).isEmpty());
        waiting().until(d -> rows("emerald-objective-row").size() == before + 1);
        JsonNode created = StreamSupport.stream(objectives().spliterator(), false)
                .filter(o -> o.get("summary").asText().equals("Make on-call quiet")).findFirst().orElseThrow();
        assertThat(created.get("commitment").asText()).isEqualTo("ASPIRATIONAL");
        assertThat(created.get("keyResults")).hasSize(2);
        JsonNode band = created.get("keyResults").get(1);
        assertThat(band.get("kind").asText()).isEqualTo("STAY_WITHIN");
        assertThat(band.get("upper").decimalValue()).isEqualByComparingTo("100");
        assertThat(band.get("unit").asText()).isEqualTo("%");
    }

    @Test
    @Order(5)
    void anEngineerChecksInFromTheTree() throws IOException {
        open("");
        JsonNode objective = StreamSupport.stream(objectives().spliterator(), false)
                .filter(o -> StreamSupport.stream(o.get("keyResults").spliterator(), false)
                        .anyMatch(k -> !k.get("kind").asText().equals("ISSUE_COMPLETION")))
                .findFirst().orElseThrow();
        JsonNode kr = StreamSupport.stream(objective.get("keyResults").spliterator(), false)
                .filter(k -> !k.get("kind").asText().equals("ISSUE_COMPLETION")).findFirst().orElseThrow();
        int checkIns = http.get(API + "/key-results/" + kr.get("issueKey").asText()).body().get("checkIns").size();
        browser.findElement(By.cssSelector("tr.emerald-objective-row[data-issue-key='" + objective.get("issueKey").asText()
                + "'] .emerald-toggle")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("tr[data-issue-key='" + kr.get("issueKey").asText()
                + "'] .emerald-checkin")).isEmpty());
        browser.findElement(By.cssSelector("tr[data-issue-key='" + kr.get("issueKey").asText() + "'] .emerald-checkin")).click();
        WebElement dialog = openDialog();
        field(dialog, "value").clear();
        field(dialog, "value").sendKeys("42");
        new Select(field(dialog, "confidence")).selectByValue("8");
        field(dialog, "note").sendKeys("<i>from the workspace</i>");
        screenshot(browser, "okr-workspace-checkin.png");
        dialog.findElement(By.cssSelector(".emerald-dialog-submit")).click();

        waiting().until(d -> d.findElements(By.cssSelector("section.emerald-dialog:not([hidden])")).isEmpty());
        JsonNode after = http.get(API + "/key-results/" + kr.get("issueKey").asText()).body();
        assertThat(after.get("checkIns")).hasSize(checkIns + 1);
        JsonNode latest = after.get("checkIns").get(after.get("checkIns").size() - 1);
        assertThat(latest.get("value").decimalValue()).isEqualByComparingTo("42");
        assertThat(latest.get("confidence").asInt()).isEqualTo(8);
        assertThat(latest.get("note").asText()).isEqualTo("<i>from the workspace</i>");
    }

    @Test
    @Order(6)
    void anObjectiveAlignedInTheDialogSitsUnderItsParentInTheAlignmentView() {
        open("");
        JsonNode objectives = objectives();
        String parent = objectives.get(0).get("issueKey").asText();
        String child = objectives.get(1).get("issueKey").asText();
        browser.findElement(By.cssSelector("tr.emerald-objective-row[data-issue-key='" + child + "'] .emerald-align")).click();
        WebElement dialog = openDialog();
        new Select(field(dialog, "issueKey")).selectByValue(parent);
        dialog.findElement(By.cssSelector(".emerald-dialog-submit")).click();
        waiting().until(d -> d.findElements(By.cssSelector("section.emerald-dialog:not([hidden])")).isEmpty());
        assertThat(http.get(API + "/objectives/" + child + "/alignment").body().get("parentKey").asText()).isEqualTo(parent);

        browser.findElement(By.cssSelector(".emerald-view-alignment")).click();
        waiting().until(d -> !d.findElements(By.cssSelector(".emerald-alignment li[data-issue-key='" + parent
                + "'] li[data-issue-key='" + child + "']")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".emerald-view-alignment")).getAttribute("aria-pressed")).isEqualTo("true");
    }

    @Test
    @Order(7)
    void theLayoutHoldsOnAPhone() throws IOException {
        open("");
        browser.manage().window().setSize(new Dimension(390, 844));
        waiting().until(d -> !rows("emerald-objective-row").isEmpty());
        Number pageWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth;");
        Number viewport = (Number) browser.executeScript("return window.innerWidth;");
        assertThat(pageWidth.intValue()).as("no sideways scrolling of the page").isLessThanOrEqualTo(viewport.intValue());
        screenshot(browser, "okr-workspace-390.png");
        assertThat(Axe.seriousViolations(browser)).isEmpty();
    }

    @Test
    @Order(8)
    void anEngineerChecksInOnAllTheirKeyResultsInOnePass() throws IOException {
        open("");
        browser.findElement(By.cssSelector(".emerald-view-mine")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("tr.emerald-mine-row, .emerald-empty")).isEmpty());
        JsonNode mine = http.get(API + "/key-results/mine").body().get("keyResults");
        List<String> checkedIn = StreamSupport.stream(mine.spliterator(), false)
                .filter(i -> !i.get("keyResult").get("kind").asText().equals("ISSUE_COMPLETION"))
                .map(i -> i.get("keyResult").get("issueKey").asText()).toList();
        assertThat(checkedIn).as("the demo gives the host's user key results of their own").hasSizeGreaterThanOrEqualTo(2);
        assertThat(rows("emerald-mine-row")).extracting(r -> r.getAttribute("data-issue-key")).containsExactlyElementsOf(checkedIn);
        List<Integer> before = checkedIn.stream()
                .map(k -> http.get(API + "/key-results/" + k).body().get("checkIns").size()).toList();
        int before0 = before.get(0);
        int before1 = before.get(1);
        List<WebElement> rows = rows("emerald-mine-row");
        WebElement value0 = rows.get(0).findElement(By.cssSelector(".emerald-mine-value"));
        value0.clear();
        value0.sendKeys("11");
        new Select(rows.get(1).findElement(By.cssSelector(".emerald-mine-confidence"))).selectByValue("2");
        rows.get(1).findElement(By.cssSelector(".emerald-mine-note")).sendKeys("blocked by the vendor");
        screenshot(browser, "okr-workspace-my-key-results.png");
        assertThat(Axe.seriousViolations(browser)).isEmpty();
        browser.findElement(By.cssSelector(".emerald-mine-save")).click();

        waiting().until(d -> http.get(API + "/key-results/" + checkedIn.get(1)).body().get("checkIns").size() == before1 + 1);
        JsonNode first = http.get(API + "/key-results/" + checkedIn.get(0)).body().get("checkIns");
        assertThat(first).hasSize(before0 + 1);
        assertThat(first.get(first.size() - 1).get("value").decimalValue()).isEqualByComparingTo("11");
        JsonNode second = http.get(API + "/key-results/" + checkedIn.get(1)).body().get("checkIns");
        assertThat(second.get(second.size() - 1).get("confidence").asInt()).isEqualTo(2);
        assertThat(second.get(second.size() - 1).get("note").asText()).isEqualTo("blocked by the vendor");
        for (int i = 2; i < checkedIn.size(); i++) {
            assertThat(http.get(API + "/key-results/" + checkedIn.get(i)).body().get("checkIns").size())
                    .as("an unchanged row checks nothing in").isEqualTo(before.get(i));
        }
    }

    @Test
    @Order(9)
    void anEpicIsFoundByNameInThePickerAndLinked() {
        open("");
        JsonNode epics = http.get(API + "/issues/search?role=EPIC&query=a&limit=50").body();
        assertThat(epics).isNotEmpty();
        JsonNode objective = objectives().get(0);
        JsonNode kr = objective.get("keyResults").get(0);
        JsonNode epic = StreamSupport.stream(epics.spliterator(), false)
                .filter(e -> StreamSupport.stream(http.get(API + "/key-results/" + kr.get("issueKey").asText()).body()
                        .path("completion").path("epics").spliterator(), false)
                        .noneMatch(linked -> linked.get("issueKey").asText().equals(e.get("issueKey").asText())))
                .findFirst().orElseThrow();
        browser.findElement(By.cssSelector("tr.emerald-objective-row[data-issue-key='" + objective.get("issueKey").asText()
                + "'] .emerald-toggle")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("tr[data-issue-key='" + kr.get("issueKey").asText()
                + "'] .emerald-link-epic")).isEmpty());
        browser.findElement(By.cssSelector("tr[data-issue-key='" + kr.get("issueKey").asText() + "'] .emerald-link-epic")).click();
        WebElement dialog = openDialog();
        String words = epic.get("summary").asText().split(" ")[0];
        field(dialog, "issueKey").sendKeys(words);
        waiting().until(d -> !dialog.findElements(By.cssSelector("datalist option[value='" + epic.get("issueKey").asText() + "']"))
                .isEmpty());
        field(dialog, "issueKey").clear();
        field(dialog, "issueKey").sendKeys(epic.get("issueKey").asText());
        dialog.findElement(By.cssSelector(".emerald-dialog-submit")).click();
        waiting().until(d -> d.findElements(By.cssSelector("section.emerald-dialog:not([hidden])")).isEmpty());
        assertThat(StreamSupport.stream(http.get(API + "/key-results/" + kr.get("issueKey").asText()).body()
                .path("completion").path("epics").spliterator(), false).map(e -> e.get("issueKey").asText()))
                .contains(epic.get("issueKey").asText());
    }

    @Test
    @Order(10)
    void anObjectiveIsArchivedThenDeletedFromEmerald() {
        open("");
        JsonNode target = StreamSupport.stream(objectives().spliterator(), false)
                .filter(o -> o.get("summary").asText().equals("Make on-call quiet")).findFirst().orElseThrow();
        String key = target.get("issueKey").asText();
        int before = objectives().size();
        browser.findElement(By.cssSelector("tr.emerald-objective-row[data-issue-key='" + key + "'] .emerald-archive")).click();
        waiting().until(d -> rows("emerald-objective-row").size() == before - 1);
        assertThat(objectives()).hasSize(before - 1);

        browser.findElement(By.cssSelector(".emerald-filter-check label")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("tr.emerald-archived[data-issue-key='" + key + "']")).isEmpty());
        browser.findElement(By.cssSelector("tr.emerald-objective-row[data-issue-key='" + key + "'] .emerald-delete")).click();
        WebElement dialog = openDialog();
        assertThat(dialog.getText()).contains(key);
        dialog.findElement(By.cssSelector(".emerald-dialog-submit")).click();
        waiting().until(d -> d.findElements(By.cssSelector("tr.emerald-objective-row[data-issue-key='" + key + "']")).isEmpty());
        assertThat(http.get(API + "/objectives/" + key).status()).isEqualTo(404);
        assertThat(http.get("/browse/" + key).status()).as("the Jira issue stays").isEqualTo(200);
    }

    @Test
    @Order(11)
    void aCycleIsCreatedEditedAndDeletedWhileEmpty() {
        open("");
        browser.findElement(By.cssSelector(".emerald-create-cycle")).click();
        WebElement dialog = openDialog();
        // the form proposes the quarter after the latest cycle (the demo's 2026 Q4) in the fiscal calendar
        waiting().until(d -> !field(dialog, "start").getAttribute("value").isEmpty());
        assertThat(field(dialog, "name").getAttribute("value")).isEqualTo("2027 Q1");
        assertThat(field(dialog, "start").getAttribute("value")).isEqualTo("2027-01-01");
        assertThat(field(dialog, "end").getAttribute("value")).isEqualTo("2027-03-31");
        dialog.findElement(By.cssSelector(".emerald-dialog-submit")).click();
        waiting().until(d -> !d.findElements(By.cssSelector(".emerald-empty")).isEmpty());
        assertThat(new Select(browser.findElement(By.name("cycle"))).getFirstSelectedOption().getText()).contains("2027 Q1");
        assertThat(browser.findElement(By.cssSelector(".emerald-empty")).getText()).contains("2027 Q1");

        browser.findElement(By.cssSelector(".emerald-cycle-edit")).click();
        WebElement edit = openDialog();
        field(edit, "name").clear();
        field(edit, "name").sendKeys("2027 Q1 plan");
        edit.findElement(By.cssSelector(".emerald-dialog-submit")).click();
        waiting().until(d -> String.valueOf(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "var o = document.querySelector('select[name=cycle] option:checked'); return o ? o.textContent : '';"))
                .contains("2027 Q1 plan"));

        browser.findElement(By.cssSelector(".emerald-cycle-activate")).click();
        waiting().until(d -> !d.findElements(By.cssSelector(".emerald-notice .aui-message-error")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".emerald-notice")).getText())
                .as("a second active quarter is refused and the reason names the active one").contains("2026 Q4");
        assertThat(StreamSupport.stream(http.get(API + "/cycles").body().spliterator(), false)
                .filter(c -> c.get("name").asText().equals("2027 Q1 plan")).findFirst().orElseThrow()
                .get("state").asText()).isEqualTo("PLANNING");

        browser.findElement(By.cssSelector(".emerald-cycle-delete")).click();
        openDialog().findElement(By.cssSelector(".emerald-dialog-submit")).click();
        waiting().until(d -> StreamSupport.stream(http.get(API + "/cycles").body().spliterator(), false)
                .noneMatch(c -> c.get("name").asText().startsWith("2027 Q1")));
    }

    @Test
    @Order(20)
    void closingTheCycleFreezesScoresWithAnOverrideAndEndsCheckIns() throws IOException {
        open("");
        JsonNode first = objectives().get(0);
        browser.findElement(By.cssSelector(".emerald-cycle-close")).click();
        WebElement dialog = openDialog();
        field(dialog, "overrides[0].score").sendKeys("0.9");
        dialog.findElement(By.cssSelector(".emerald-dialog-submit")).click();
        waiting().until(d -> !dialog.findElements(By.cssSelector(".error")).isEmpty());
        assertThat(field(dialog, "overrides[0].reason").getAttribute("aria-invalid")).as("an override needs its reason").isEqualTo("true");
        field(dialog, "overrides[0].reason").sendKeys("Shipped the migration the score cannot see");
        dialog.findElement(By.cssSelector(".emerald-dialog-submit")).click();
        waiting().until(d -> d.findElements(By.cssSelector("section.emerald-dialog:not([hidden])")).isEmpty());

        JsonNode closed = http.get(API + "/objectives/" + first.get("issueKey").asText()).body();
        assertThat(closed.get("finalScore").decimalValue()).isEqualByComparingTo("0.9");
        assertThat(closed.get("overrideReason").asText()).isEqualTo("Shipped the migration the score cannot see");
        waiting().until(d -> !d.findElements(By.cssSelector(".emerald-override")).isEmpty());
        browser.findElement(By.cssSelector("tr.emerald-objective-row[data-issue-key='" + first.get("issueKey").asText()
                + "'] .emerald-toggle")).click();
        waiting().until(d -> !rows("emerald-keyresult-row").isEmpty());
        assertThat(browser.findElements(By.cssSelector(".emerald-checkin"))).as("no check-ins into a closed cycle").isEmpty();
        screenshot(browser, "okr-workspace-closed-cycle.png");
    }
}
