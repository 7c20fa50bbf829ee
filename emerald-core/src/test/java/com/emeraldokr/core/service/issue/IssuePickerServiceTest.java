package com.emeraldokr.core.service.issue;

import com.emeraldokr.api.error.FieldError;
import com.emeraldokr.api.error.ValidationException;
import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.api.view.IssuePickView;
import com.emeraldokr.core.port.IssueDetails;
import com.emeraldokr.core.port.IssueDirectory;
import com.emeraldokr.core.port.IssueRole;
import com.emeraldokr.core.port.IssueSummary;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class IssuePickerServiceTest {

    private final IssueDirectory issues = mock(IssueDirectory.class);
    private final IssuePickerService picker = new IssuePickerService(issues, new BundleMessages(Locale.ENGLISH));

    private static IssueDetails epic(long id, String key) {
        return new IssueDetails(new IssueSummary(id, key, "Epic " + key), "PLAT", IssueRole.EPIC);
    }

    private void refused(String query, String role, String limit, String field) {
        assertThatThrownBy(() -> picker.search(query, role, limit)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly(field));
    }

    @Test
    void findsThroughTheDirectoryWithTheRoleAndLimitAsked() {
        when(issues.search("cache", IssueRole.EPIC, 5)).thenReturn(List.of(epic(1, "PLAT-1"), epic(2, "PLAT-2")));

        List<IssuePickView> found = picker.search("  cache ", "epic", "5");

        assertThat(found).containsExactly(new IssuePickView("PLAT-1", "Epic PLAT-1", "PLAT", "EPIC"),
                new IssuePickView("PLAT-2", "Epic PLAT-2", "PLAT", "EPIC"));
    }

    @Test
    void anyRoleAndTheDefaultLimitWhenLeftOut() {
        picker.search("x", null, null);
        picker.search("y", "ANY", " ");

        verify(issues).search("x", null, IssuePickerService.DEFAULT_LIMIT);
        verify(issues).search("y", null, IssuePickerService.DEFAULT_LIMIT);
    }

    @Test
    void neverMoreThanTheLimitEvenIfTheProductReturnsMore() {
        when(issues.search(anyString(), any(), anyInt())).thenReturn(List.of(epic(1, "PLAT-1"), epic(2, "PLAT-2")));

        assertThat(picker.search("p", null, "1")).hasSize(1);
    }

    @Test
    void badInputIsRefusedByFieldBeforeAnySearch() {
        refused(" ", null, null, "query");
        refused(null, null, null, "query");
        refused("x", "STORY", null, "role");
        refused("x", "OTHER", null, "role");
        refused("x", null, "0", "limit");
        refused("x", null, "51", "limit");
        refused("x", null, "ten", "limit");
        refused("x".repeat(256), null, null, "query");
        verify(issues, never()).search(any(), any(), anyInt());
    }
}
