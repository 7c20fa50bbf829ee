package com.emeraldokr.core.service;

import com.emeraldokr.api.error.FieldError;
import com.emeraldokr.api.error.ValidationException;
import com.emeraldokr.api.i18n.BundleMessages;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PageWindowTest {

    private final BundleMessages messages = new BundleMessages(Locale.ENGLISH);

    @Test
    void absentMeansTheFirstPageOfTheDefaultSize() {
        assertThat(PageWindow.of(messages, null, " ")).isEqualTo(new PageWindow(0, PageWindow.DEFAULT_LIMIT));
        assertThat(PageWindow.of(messages, null, null, 10)).isEqualTo(new PageWindow(0, 10));
        assertThat(PageWindow.of(messages, " 40 ", "200")).isEqualTo(new PageWindow(40, 200));
    }

    @Test
    void aLimitOutOfRangeOrAStartThatIsNoWholeNumberIsRefusedNamingTheField() {
        ValidationException e = catchThrowableOfType(() -> PageWindow.of(messages, "-1", "201"), ValidationException.class);

        assertThat(e.errors()).extracting(FieldError::field).containsExactly("start", "limit");
        assertThat(e.errors()).extracting(FieldError::message).allSatisfy(m -> assertThat(m).isNotBlank());
        assertThat(catchThrowableOfType(() -> PageWindow.of(messages, "x", "0"), ValidationException.class).errors())
                .extracting(FieldError::field).containsExactly("start", "limit");
    }

    @Test
    void aWindowCoversItsSliceOfAList() {
        List<Integer> items = List.of(1, 2, 3, 4, 5);

        assertThat(new PageWindow(0, 2).of(items)).containsExactly(1, 2);
        assertThat(new PageWindow(4, 2).of(items)).containsExactly(5);
        assertThat(new PageWindow(9, 2).of(items)).isEmpty();
    }
}
