package com.emeraldokr.core.render;

import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.api.view.EpicContributionsView;
import com.emeraldokr.api.view.ObjectiveRefView;
import com.emeraldokr.api.view.WorkCompletionView;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class EpicPanelRendererTest {

    private final EpicPanelRenderer renderer = new EpicPanelRenderer(new BundleMessages(Locale.ENGLISH), key -> "/jira/browse/" + key);

    private static EpicContributionsView.Contribution contribution(String kind, WorkCompletionView completion) {
        return new EpicContributionsView.Contribution(KeyResultPanelRendererTest.kr(kind, List.of(), completion),
                new ObjectiveRefView("OKR-1", "Ship <b>faster</b>", "OFF_TRACK", 20));
    }

    @Test
    void anEpicFeedingOneKeyResultListsItWithItsObjectiveAndNoWarning() {
        WorkCompletionView completion = new WorkCompletionView("STORY_POINTS", new BigDecimal("5"), new BigDecimal("8"), 63, 4,
                List.of(), List.of());
        String html = renderer.render(new EpicContributionsView("PLAT-1", List.of(contribution("ISSUE_COMPLETION", completion)), 1));

        assertThat(html).startsWith("<div class=\"emerald-issue-panel emerald-epic-panel\" data-issue-key=\"PLAT-1\">")
                .contains("<li data-issue-key=\"OKR-2\">").contains("data-status=\"AT_RISK\"").contains("Progress 40%")
                .contains("5 of 8 story points done")
                .contains("data-objective-key=\"OKR-1\"").contains("<a href=\"/jira/browse/OKR-1\">OKR-1</a>")
                .contains("Ship &lt;b&gt;faster&lt;/b&gt;").contains("data-status=\"OFF_TRACK\"")
                .doesNotContain("aui-message-warning").doesNotContain("<b>");
    }

    @Test
    void anEpicFeedingTwoKeyResultsIsFlaggedAsCountedTwice() {
        String html = renderer.render(new EpicContributionsView("PLAT-1",
                List.of(contribution("INCREASE_TO", null), contribution("ISSUE_COMPLETION", null)), 2));

        assertThat(html).contains("<div class=\"aui-message aui-message-warning emerald-epic-double\"")
                .contains("This epic feeds 2 key results, so its work counts 2 times");
        assertThat(html.indexOf("aui-message-warning")).as("the warning comes first").isLessThan(html.indexOf("<ul"));
    }

    @Test
    void aKeyResultTheUserCannotSeeStillCountsForTheWarning() {
        String html = renderer.render(new EpicContributionsView("PLAT-1", List.of(contribution("INCREASE_TO", null)), 3));
        assertThat(html).contains("feeds 3 key results");
    }

    @Test
    void anEpicFeedingNothingSaysHowToLinkIt() {
        String html = renderer.render(new EpicContributionsView("PLAT-1", List.of(), 0));
        assertThat(html).contains("does not contribute to a key result yet").doesNotContain("<ul");
    }
}
