package com.emeraldokr.jira;

import com.atlassian.jira.issue.Issue;
import com.emeraldokr.api.error.ForbiddenException;
import com.emeraldokr.api.error.NotFoundException;
import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.api.view.CheckInView;
import com.emeraldokr.api.view.EpicContributionsView;
import com.emeraldokr.api.view.KeyResultPanelView;
import com.emeraldokr.api.view.KeyResultView;
import com.emeraldokr.api.view.ObjectivePanelView;
import com.emeraldokr.api.view.ObjectiveRefView;
import com.emeraldokr.api.view.ObjectiveView;
import com.emeraldokr.api.view.WorkCompletionView;
import com.emeraldokr.core.service.keyresult.KeyResultService;
import com.emeraldokr.core.service.kpi.LoopService;
import com.emeraldokr.core.service.objective.ObjectiveService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The issue-view panels, through KeyResultIssuePanel and ObjectiveIssuePanel over mocked services. */
class OkrIssuePanelTest {

    private static final String HOSTILE = "<script>alert('x')</script>";
    private static final String HOSTILE_ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";

    private final ObjectiveService objectives = mock(ObjectiveService.class);
    private final KeyResultService keyResults = mock(KeyResultService.class);
    private final JiraIssueUrls urls = mock(JiraIssueUrls.class);
    private final BundleMessages messages = new BundleMessages(Locale.ENGLISH);
    private final KeyResultIssuePanel keyResultPanel = new KeyResultIssuePanel(objectives, keyResults,
            mock(LoopService.class), messages, urls);
    private final ObjectiveIssuePanel objectivePanel = new ObjectiveIssuePanel(objectives, keyResults, messages, urls);
    private final EpicIssuePanel epicPanel = new EpicIssuePanel(objectives, keyResults, messages, urls);
    private static final ObjectiveRefView OBJECTIVE = new ObjectiveRefView("OKR-1", "Delight customers", "ON_TRACK", 50);

    @BeforeEach
    void fakeJira() {
        when(urls.browse(anyString())).thenAnswer(i -> "/jira/browse/" + i.getArgument(0));
    }

    private static Map<String, Object> context(Object issue) {
        Map<String, Object> context = new HashMap<>();
        context.put("issue", issue);
        return context;
    }

    private static Issue issue(String key) {
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn(key);
        return issue;
    }

    private static KeyResultView keyResult(String key, String summary, String note, WorkCompletionView completion) {
        return new KeyResultView(10_007L, key, summary, "INCREASE_TO",
                new BigDecimal("10"), new BigDecimal("50"), null, "%", new BigDecimal("30"), BigDecimal.ONE,
                new BigDecimal("0.5"), 50, new BigDecimal("0.5"), "B", "ON_TRACK",
                "2025-03-01T09:00:00Z", 7,
                List.of(new CheckInView("2025-03-01T09:00:00Z", new BigDecimal("30"), 7, note, "alice")),
                3, completion, null, "OKR", null, null);
    }

    // --- key result panel

    @Test
    void theKeyResultPanelShowsTheIssueInContextWithItsCheckInForm() {
        when(keyResults.panel("OKR-7")).thenReturn(new KeyResultPanelView(keyResult("OKR-7", "Raise NPS", "steady", null), OBJECTIVE));

        String html = keyResultPanel.getHtml(context(issue("OKR-7")));

        verify(keyResults).panel("OKR-7");
        assertThat(html)
                .startsWith("<div class=\"emerald-issue-panel emerald-keyresult-panel\" data-issue-key=\"OKR-7\">")
                .contains("<form class=\"aui emerald-checkin-form\" data-issue-key=\"OKR-7\">")
                .contains("name=\"value\"", "name=\"confidence\"", "name=\"note\"")
                .contains("Record check-in")
                .contains("On track")
                .contains("30% of 50%")
                .contains("<a href=\"/jira/browse/OKR-1\">OKR-1</a>")
                .contains("steady");
        verifyNoInteractions(objectives);
    }

    @Test
    void hostileTextInTheKeyResultPanelIsEscaped() {
        WorkCompletionView completion = new WorkCompletionView("ISSUE_COUNT", new BigDecimal("3"), new BigDecimal("4"), 75, 4,
                List.of(), List.of(new WorkCompletionView.EpicView(10_009L, "OKR-9", HOSTILE, new BigDecimal("3"),
                        new BigDecimal("4"), 75, 4)));
        when(keyResults.panel("OKR-7")).thenReturn(new KeyResultPanelView(keyResult("OKR-7", HOSTILE, HOSTILE, completion), OBJECTIVE));

        String html = keyResultPanel.getHtml(context(issue("OKR-7")));

        assertThat(html).doesNotContain("<script>").contains(HOSTILE_ESCAPED);
        assertThat(html).contains("<a href=\"/jira/browse/OKR-9\">OKR-9</a> <span class=\"emerald-panel-summary\">" + HOSTILE_ESCAPED + "</span>");
    }

    @Test
    void withoutAnIssueInTheContextThereIsNoPanel() {
        assertThat(keyResultPanel.getHtml(new HashMap<>())).isEmpty();
        assertThat(keyResultPanel.getHtml(context("OKR-7"))).isEmpty();
        assertThat(objectivePanel.getHtml(context(null))).isEmpty();
        verifyNoInteractions(keyResults, objectives);
    }

    @Test
    void anIssueEmeraldDoesNotTrackGetsANote() {
        when(keyResults.panel("OKR-8")).thenThrow(new NotFoundException("issueKey", "OKR-8 is not a key result"));

        String html = keyResultPanel.getHtml(context(issue("OKR-8")));

        assertThat(html).contains("This issue is not part of an Emerald OKR yet.")
                .contains("emerald-panel-note")
                .doesNotContain("<form");
    }

    @Test
    void anUnreadableOkrGetsTheReasonEscaped() {
        when(keyResults.panel("OKR-8")).thenThrow(new ForbiddenException("issueKey", "broken <b>data</b>"));

        String html = keyResultPanel.getHtml(context(issue("OKR-8")));

        assertThat(html).contains("Emerald could not show this OKR: broken &lt;b&gt;data&lt;/b&gt;").doesNotContain("<b>");
    }

    @Test
    void writeHtmlWritesWhatGetHtmlReturns() throws Exception {
        when(keyResults.panel("OKR-7")).thenReturn(new KeyResultPanelView(keyResult("OKR-7", "Raise NPS", "steady", null), OBJECTIVE));
        Map<String, Object> context = context(issue("OKR-7"));
        StringWriter writer = new StringWriter();

        keyResultPanel.writeHtml(writer, context);

        assertThat(writer.toString()).isNotEmpty().isEqualTo(keyResultPanel.getHtml(context));
    }

    @Test
    void writeHtmlWritesNothingWithoutAnIssue() throws Exception {
        StringWriter writer = new StringWriter();

        keyResultPanel.writeHtml(writer, new HashMap<>());

        assertThat(writer.toString()).isEmpty();
    }

    // --- epic panel

    @Test
    void theEpicPanelListsTheKeyResultsItFeedsAndWarnsWhenItCountsTwice() {
        when(keyResults.epicContributions("DEV-1")).thenReturn(new EpicContributionsView("DEV-1", List.of(
                new EpicContributionsView.Contribution(keyResult("OKR-7", HOSTILE, "", null), OBJECTIVE),
                new EpicContributionsView.Contribution(keyResult("OKR-8", "Second", "", null), OBJECTIVE)), 2));

        String html = epicPanel.getHtml(context(issue("DEV-1")));

        verify(keyResults).epicContributions("DEV-1");
        assertThat(html).startsWith("<div class=\"emerald-issue-panel emerald-epic-panel\" data-issue-key=\"DEV-1\">")
                .contains("aui-message-warning").contains("counts 2 times")
                .contains("<a href=\"/jira/browse/OKR-7\">OKR-7</a>").contains("<a href=\"/jira/browse/OKR-1\">OKR-1</a>")
                .contains(HOSTILE_ESCAPED).doesNotContain("<script>");
        verifyNoInteractions(objectives);
    }

    @Test
    void anEpicFeedingNothingGetsANote() {
        when(keyResults.epicContributions("DEV-2")).thenReturn(new EpicContributionsView("DEV-2", List.of(), 0));

        assertThat(epicPanel.getHtml(context(issue("DEV-2")))).contains("does not contribute to a key result yet")
                .doesNotContain("aui-message-warning");
    }

    // --- objective panel

    @Test
    void theObjectivePanelRollsUpItsKeyResultsWithSummariesEscaped() {
        when(objectives.panel("OKR-1")).thenReturn(new ObjectivePanelView(new ObjectiveView(10_001L, "OKR-1", "Delight customers", 5L,
                "COMMITTED", new BigDecimal("0.5"), 50, new BigDecimal("0.5"), "B", "ON_TRACK",
                List.of(keyResult("OKR-7", HOSTILE, "steady", null)), false, null, null, null, "OKR", null, null, null),
                new ObjectiveRefView("OKR-100", "Company goal", "AT_RISK", 30), List.of()));

        String html = objectivePanel.getHtml(context(issue("OKR-1")));

        verify(objectives).panel("OKR-1");
        verify(keyResults, never()).panel(anyString());
        assertThat(html)
                .startsWith("<div class=\"emerald-issue-panel emerald-objective-panel\" data-issue-key=\"OKR-1\">")
                .contains("<a href=\"/jira/browse/OKR-100\">OKR-100</a>")
                .contains("<a href=\"/jira/browse/OKR-7\">OKR-7</a> <span class=\"emerald-panel-summary\">" + HOSTILE_ESCAPED + "</span>")
                .doesNotContain("<script>");
    }

    @Test
    void anObjectiveEmeraldDoesNotTrackGetsANote() {
        when(objectives.panel("OKR-2")).thenThrow(new NotFoundException("issueKey", "not an objective"));

        assertThat(objectivePanel.getHtml(context(issue("OKR-2")))).contains("This issue is not part of an Emerald OKR yet.");
    }
}
