package com.emeraldokr.core.render;

import com.emeraldokr.api.error.FieldException;
import com.emeraldokr.api.error.NotFoundException;
import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.api.view.KpiViews.KpiProposalView;
import com.emeraldokr.core.service.keyresult.KeyResultService;
import com.emeraldokr.core.service.kpi.LoopService;
import com.emeraldokr.core.service.objective.ObjectiveService;

import java.util.function.UnaryOperator;

import static com.emeraldokr.api.render.Html.escape;

/**
 * The HTML of the issue-view panels: the key-result panel on Key Result issues, the roll-up with
 * its alignment on Objective issues, and the key results an epic feeds on epics. An issue of the right type that Emerald does not track yet gets a short note,
 * not an error page.
 */
public final class OkrIssuePanels {

    private final ObjectiveService objectives;
    private final KeyResultService keyResults;
    private final LoopService loop;
    private final Messages messages;
    private final KeyResultPanelRenderer keyResultPanel;
    private final ObjectivePanelRenderer objectivePanel;
    private final EpicPanelRenderer epicPanel;

    /** {@code loop} shows the KPI a key result proposes on its panel; null where no key-result panel is rendered. */
    public OkrIssuePanels(ObjectiveService objectives, KeyResultService keyResults, LoopService loop, Messages messages,
                          UnaryOperator<String> issueUrl) {
        this.objectives = objectives;
        this.keyResults = keyResults;
        this.loop = loop;
        this.messages = messages;
        this.keyResultPanel = new KeyResultPanelRenderer(messages, issueUrl);
        this.objectivePanel = new ObjectivePanelRenderer(messages, issueUrl);
        this.epicPanel = new EpicPanelRenderer(messages, issueUrl);
    }

    public String keyResultPanel(String issueKey) {
        try {
            return keyResultPanel.render(keyResults.panel(issueKey), kpiProposal(issueKey));
        } catch (NotFoundException e) {
            return note("emerald.panel.not.registered");
        } catch (FieldException e) {
            return note("emerald.panel.unavailable", e.getMessage());
        }
    }

    /** The KPI the key result proposes, when it reached its target and held it; null otherwise. */
    private KpiProposalView kpiProposal(String issueKey) {
        if (loop == null) {
            return null;
        }
        try {
            return loop.kpiProposal(issueKey);
        } catch (NotFoundException e) {
            return null;
        }
    }

    public String objectivePanel(String issueKey) {
        try {
            return objectivePanel.render(objectives.panel(issueKey));
        } catch (NotFoundException e) {
            return note("emerald.panel.not.registered");
        } catch (FieldException e) {
            return note("emerald.panel.unavailable", e.getMessage());
        }
    }

    /** The key results an epic feeds, with a warning when it feeds two or more. */
    public String epicPanel(String issueKey) {
        try {
            return epicPanel.render(keyResults.epicContributions(issueKey));
        } catch (NotFoundException e) {
            return note("emerald.panel.epic.none");
        } catch (FieldException e) {
            return note("emerald.panel.unavailable", e.getMessage());
        }
    }

    private String note(String key, Object... args) {
        return "<div class=\"emerald-issue-panel\"><p class=\"emerald-panel-note\">" + escape(messages.text(key, args)) + "</p></div>";
    }
}
