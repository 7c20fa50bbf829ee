package com.emeraldokr.jira;

import com.atlassian.jira.issue.Issue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The web-panel condition over plugin settings in a map: shown only on issues of the stored type. */
class OkrIssueTypeConditionTest {

    private static final String OBJECTIVE_TYPE = "10100";
    private static final String KEY_RESULT_TYPE = "10101";

    private final FakePluginSettings settings = new FakePluginSettings();
    private final OkrIssueTypeCondition condition = new OkrIssueTypeCondition(settings.settings());

    @BeforeEach
    void emeraldsTypesAreSetUp() {
        settings.put(EmeraldJiraSettings.issueTypeKey("objective"), OBJECTIVE_TYPE);
        settings.put(EmeraldJiraSettings.issueTypeKey("key-result"), KEY_RESULT_TYPE);
    }

    private static Map<String, Object> context(Object issue) {
        Map<String, Object> context = new HashMap<>();
        context.put("issue", issue);
        return context;
    }

    private static Issue issueOfType(String typeId) {
        Issue issue = mock(Issue.class);
        when(issue.getIssueTypeId()).thenReturn(typeId);
        return issue;
    }

    // --- init

    @ParameterizedTest
    @ValueSource(strings = {"objective", "key-result"})
    void emeraldsTwoTypesAreAccepted(String code) {
        condition.init(Map.of(OkrIssueTypeCondition.PARAM, code));

        String typeId = code.equals("objective") ? OBJECTIVE_TYPE : KEY_RESULT_TYPE;
        assertThat(condition.shouldDisplay(context(issueOfType(typeId)))).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Epic", "epics", "Objective", "key_result", " objective"})
    void anyOtherTypeIsRefused(String code) {
        Map<String, String> params = new HashMap<>();
        params.put(OkrIssueTypeCondition.PARAM, code);

        assertThatThrownBy(() -> condition.init(params))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("issue-type");
    }

    @Test
    void aMissingParamIsRefused() {
        assertThatThrownBy(() -> condition.init(Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> condition.init(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> condition.init(Map.of("type", "objective"))).isInstanceOf(IllegalArgumentException.class);
    }

    // --- shouldDisplay

    @Test
    void aKeyResultPanelShowsOnKeyResults() {
        condition.init(Map.of(OkrIssueTypeCondition.PARAM, "key-result"));

        assertThat(condition.shouldDisplay(context(issueOfType(KEY_RESULT_TYPE)))).isTrue();
        assertThat(condition.shouldDisplay(context(issueOfType(OBJECTIVE_TYPE)))).isFalse();
    }

    @Test
    void anObjectivePanelShowsOnObjectives() {
        condition.init(Map.of(OkrIssueTypeCondition.PARAM, "objective"));

        assertThat(condition.shouldDisplay(context(issueOfType(OBJECTIVE_TYPE)))).isTrue();
        assertThat(condition.shouldDisplay(context(issueOfType(KEY_RESULT_TYPE)))).isFalse();
    }

    private static Issue issueNamed(String typeId, String name) {
        Issue issue = issueOfType(typeId);
        com.atlassian.jira.issue.issuetype.IssueType type = mock(com.atlassian.jira.issue.issuetype.IssueType.class);
        when(type.getName()).thenReturn(name);
        when(issue.getIssueType()).thenReturn(type);
        return issue;
    }

    @Test
    void anEpicPanelShowsOnEpicsByTypeNameAsTheIssueDirectoryDecides() {
        condition.init(Map.of(OkrIssueTypeCondition.PARAM, "epic"));

        assertThat(condition.shouldDisplay(context(issueNamed("10000", "Epic")))).isTrue();
        assertThat(condition.shouldDisplay(context(issueNamed("10001", "Story")))).isFalse();
        assertThat(condition.shouldDisplay(context(issueNamed(KEY_RESULT_TYPE, "Key Result")))).isFalse();
        assertThat(condition.shouldDisplay(context(issueOfType("10000")))).as("no type object").isFalse();
        assertThat(condition.shouldDisplay(new HashMap<>())).isFalse();
    }

    @Test
    void otherIssueTypesGetNoPanel() {
        condition.init(Map.of(OkrIssueTypeCondition.PARAM, "key-result"));

        assertThat(condition.shouldDisplay(context(issueOfType("1")))).isFalse();
        assertThat(condition.shouldDisplay(context(issueOfType(null)))).isFalse();
    }

    @Test
    void withoutAnIssueThereIsNoPanel() {
        condition.init(Map.of(OkrIssueTypeCondition.PARAM, "objective"));

        assertThat(condition.shouldDisplay(new HashMap<>())).isFalse();
        assertThat(condition.shouldDisplay(context(null))).isFalse();
        assertThat(condition.shouldDisplay(context("OKR-1"))).isFalse();
        assertThat(condition.shouldDisplay(Map.of("issueKey", issueOfType(OBJECTIVE_TYPE)))).isFalse();
    }

    @Test
    void beforeTheSetupNoIssueGetsAPanel() {
        settings.values.clear();
        condition.init(Map.of(OkrIssueTypeCondition.PARAM, "objective"));

        assertThat(condition.shouldDisplay(context(issueOfType(OBJECTIVE_TYPE)))).isFalse();
        assertThat(condition.shouldDisplay(context(issueOfType("")))).isFalse();
    }

    @Test
    void aTypeRenumberedByTheSetupIsFollowed() {
        condition.init(Map.of(OkrIssueTypeCondition.PARAM, "objective"));
        Issue issue = issueOfType("20000");
        assertThat(condition.shouldDisplay(context(issue))).isFalse();

        settings.put(EmeraldJiraSettings.issueTypeKey("objective"), "20000");

        assertThat(condition.shouldDisplay(context(issue))).isTrue();
    }

    @Test
    void theStoredIdIsComparedWithoutSurroundingSpace() {
        settings.put(EmeraldJiraSettings.issueTypeKey("key-result"), " " + KEY_RESULT_TYPE + "\n");
        condition.init(Map.of(OkrIssueTypeCondition.PARAM, "key-result"));

        assertThat(condition.shouldDisplay(context(issueOfType(KEY_RESULT_TYPE)))).isTrue();
    }
}
