package com.emeraldokr.core.port;

import java.util.List;

/**
 * The administrator's choice of how epic progress is measured: by issue count or by story points,
 * what unestimated issues count as, and which field holds story points.
 */
public interface EpicProgressConfig {

    /** The settings as stored; {@code storyPointsField} may be null. */
    EpicWork.Settings settings();

    String storyPointsField();

    /** Problems with the field as the product sees it (for example no such numeric field); empty when fine. */
    List<String> fieldProblems(String storyPointsField);

    void save(EpicWork.Settings settings, String storyPointsField);
}
