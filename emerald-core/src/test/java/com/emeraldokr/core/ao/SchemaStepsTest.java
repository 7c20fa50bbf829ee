package com.emeraldokr.core.ao;

import com.emeraldokr.core.ao.upgrade.SchemaStep;
import com.emeraldokr.core.ao.upgrade.SchemaSteps;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaStepsTest {

    @Test
    void stepsStartAtModelOneAndClimbOneByOne() {
        List<Integer> versions = SchemaSteps.ALL.stream().map(SchemaStep::toVersion).toList();
        assertThat(versions.get(0)).isEqualTo(1);
        for (int i = 1; i < versions.size(); i++) {
            assertThat(versions.get(i)).isEqualTo(versions.get(i - 1) + 1);
        }
        assertThat(SchemaSteps.currentVersion()).isEqualTo(versions.get(versions.size() - 1));
    }
}
