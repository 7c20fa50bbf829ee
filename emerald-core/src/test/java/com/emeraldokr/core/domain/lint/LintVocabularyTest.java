package com.emeraldokr.core.domain.lint;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LintVocabularyTest {

    @Test
    void aPhraseCountsOnlyAsWholeWordsIgnoringCase() {
        assertThat(LintVocabulary.mentions("Keep uptime High", List.of("keep"))).isTrue();
        assertThat(LintVocabulary.mentions("Keep uptime High", List.of("high"))).isTrue();
        assertThat(LintVocabulary.mentions("Keeper of the uptime", List.of("keep"))).isFalse();
        assertThat(LintVocabulary.mentions("Upkeep the uptime", List.of("keep"))).isFalse();
    }

    @Test
    void aMatchInsideAWordDoesNotHideALaterWholeWord() {
        assertThat(LintVocabulary.mentions("Reduced costs, then reduce again", List.of("reduce"))).isTrue();
    }

    @Test
    void numbersAndOtherScriptsAreWordParts() {
        assertThat(LintVocabulary.mentions("at least 3", List.of("at least"))).isTrue();
        assertThat(LintVocabulary.mentions("keep2 things", List.of("keep"))).isFalse();
        assertThat(LintVocabulary.mentions("2keep things", List.of("keep"))).isFalse();
        assertThat(LintVocabulary.mentions("ⅻkeep", List.of("keep"))).isFalse();
        assertThat(LintVocabulary.mentions("maintenirü", List.of("maintenir"))).isFalse();
        assertThat(LintVocabulary.mentions("maintenir, ü", List.of("maintenir"))).isTrue();
    }

    @Test
    void punctuationAndSpacesBoundAPhrase() {
        assertThat(LintVocabulary.mentions("(weekly) reports", List.of("weekly"))).isTrue();
        assertThat(LintVocabulary.mentions("no phrases", List.of())).isFalse();
        assertThat(LintVocabulary.mentions("", List.of("keep"))).isFalse();
    }
}
