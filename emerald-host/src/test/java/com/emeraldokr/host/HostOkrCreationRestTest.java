package com.emeraldokr.host;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Creating an objective with its key results as new issues, all or nothing, and renaming them, over HTTP. */
class HostOkrCreationRestTest extends SeededHostTest {

    private long cycleId;

    @BeforeAll
    void findTheDemoCycle() {
        cycleId = http.get(API + "/cycles").body().get(0).get("id").asLong();
    }

    private String okr(String project, String summary, String firstKeyResult) {
        return """
                {"projectKey":"%s","cycleId":%d,"commitment":"ASPIRATIONAL","summary":"%s","description":"Why it matters",
                 "keyResults":[{"summary":%s,"kind":"INCREASE_TO","start":0,"target":10,"unit":"teams"},
                               {"summary":"Ship the onboarding epics","kind":"ISSUE_COMPLETION"}]}
                """.formatted(project, cycleId, summary, firstKeyResult == null ? "null" : "\"" + firstKeyResult + "\"");
    }

    @Test
    void createsTheIssuesLinksThemAndRegistersTheObjective() {
        int before = host.issues().issuesOfProject("GROW").size();
        HostHttp.Reply created = http.post(API + "/objectives/new", okr("grow", "Teams onboard themselves", "Teams self-serve"));
        assertThat(created.status()).isEqualTo(201);
        JsonNode objective = created.body();
        assertThat(objective.get("issueKey").asText()).startsWith("GROW-");
        assertThat(objective.get("summary").asText()).isEqualTo("Teams onboard themselves");
        assertThat(objective.get("keyResults")).extracting(k -> k.get("summary").asText())
                .containsExactly("Teams self-serve", "Ship the onboarding epics");
        assertThat(host.issues().issuesOfProject("GROW")).hasSize(before + 3);
        assertThat(http.get(API + "/objectives/" + objective.get("issueKey").asText()).status()).isEqualTo(200);

        String kr = objective.get("keyResults").get(1).get("issueKey").asText();
        assertThat(http.post(API + "/key-results/" + kr + "/epics", "{\"issueKey\":\"GROW-1\"}").status())
                .as("the new key result takes epics").isEqualTo(201);
        assertThat(http.get("/browse/" + objective.get("issueKey").asText()).text()).contains("emerald-objective-panel");
    }

    @Test
    void aProjectJiraRefusesCreatesNothingAndNamesTheStep() {
        HostHttp.Reply refused = http.post(API + "/objectives/new", okr("NOPE", "Nowhere", "Nothing"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("message").asText())
                .contains("creating the objective issue in project NOPE").contains("no project NOPE");
        assertThat(host.issues().issuesOfProject("NOPE")).isEmpty();
    }

    @Test
    void invalidRequestsCreateNoIssue() {
        int before = host.issues().issuesOfProject("GROW").size();
        HostHttp.Reply invalid = http.post(API + "/objectives/new", okr("GROW", "", null));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(fields(invalid)).containsExactlyInAnyOrder("summary", "keyResults[0].summary");
        assertThat(http.post(API + "/objectives/new", okr("GROW", "Fine", "Fine too").replace("\"cycleId\":" + cycleId,
                "\"cycleId\":99999")).status()).isEqualTo(404);
        assertThat(fields(http.post(API + "/objectives/new", okr("grow-1", "Fine", "Fine")))).containsExactly("projectKey");
        assertThat(host.issues().issuesOfProject("GROW")).hasSize(before);
    }

    @Test
    void objectivesAndKeyResultsAreRenamedThroughTheIssueService() {
        HostHttp.Reply renamed = http.put(API + "/objectives/OKR-6/summary", "{\"summary\":\"  Win teams on their own  \"}");
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.body().get("summary").asText()).isEqualTo("Win teams on their own");
        assertThat(http.get("/browse/OKR-6").text()).contains("Win teams on their own");

        HostHttp.Reply kr = http.put(API + "/key-results/OKR-7/summary", "{\"summary\":\"Grow weekly active teams to 2,000\"}");
        assertThat(kr.status()).isEqualTo(200);
        assertThat(kr.body().get("summary").asText()).isEqualTo("Grow weekly active teams to 2,000");

        assertThat(fields(http.put(API + "/objectives/OKR-6/summary", "{\"summary\":\" \"}"))).containsExactly("summary");
        assertThat(http.put(API + "/objectives/PLAT-2/summary", "{\"summary\":\"Not an objective\"}").status()).isEqualTo(404);
        assertThat(http.put(API + "/key-results/OKR-6/summary", "{\"summary\":\"Not a key result\"}").status()).isEqualTo(404);
    }
}
