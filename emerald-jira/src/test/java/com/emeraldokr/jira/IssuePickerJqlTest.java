package com.emeraldokr.jira;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IssuePickerJqlTest {

    @Test
    void wordsSearchSummariesWithTheLastAsAPrefix() {
        assertThat(IssuePickerJql.of("build cache", null))
                .contains("summary ~ \"build cache*\" ORDER BY updated DESC");
    }

    @Test
    void aKeyIsAlsoMatchedExactlyInAnyCase() {
        assertThat(IssuePickerJql.of(" okr-12 ", null))
                .contains("(summary ~ \"okr 12*\" OR key = \"OKR-12\") ORDER BY updated DESC");
        assertThat(IssuePickerJql.key("OKR-0")).as("Jira numbers issues from 1").isEmpty();
        assertThat(IssuePickerJql.key("OKR 12")).isEmpty();
    }

    @Test
    void theTypeClauseRestrictsEveryMatch() {
        assertThat(IssuePickerJql.of("PLAT-3", IssuePickerJql.typeId("10000")))
                .contains("(summary ~ \"PLAT 3*\" OR key = \"PLAT-3\") AND issuetype = 10000 ORDER BY updated DESC");
        assertThat(IssuePickerJql.typeId("10 OR x")).isEqualTo("issuetype = \"10 OR x\"");
    }

    @Test
    void quotesAndBackslashesCannotLeaveTheStringAndTextSearchSyntaxIsDropped() {
        String hostile = "x\" OR project = HR OR summary ~ \"\\";
        String jql = IssuePickerJql.of(hostile, null).orElseThrow();

        assertThat(jql).isEqualTo("summary ~ \"x OR project = HR OR summary*\" ORDER BY updated DESC");
        assertThat(IssuePickerJql.of("C++ (beta) [x]? a:b", null))
                .contains("summary ~ \"C beta x a b*\" ORDER BY updated DESC");
    }

    @Test
    void aLiteralIsEscapedForJql() {
        assertThat(IssuePickerJql.quoted("say \"hi\" \\o/")).isEqualTo("\"say \\\"hi\\\" \\\\o/\"");
    }

    @Test
    void textOfOnlySearchSyntaxFindsNothing() {
        assertThat(IssuePickerJql.of("*?~", null)).isEmpty();
        assertThat(IssuePickerJql.of("\"\\\"", null)).isEmpty();
    }
}
