package com.emeraldokr.core.service.epic;

import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.api.request.EpicProgressSettings;
import com.emeraldokr.core.domain.WorkCompletion;
import com.emeraldokr.core.port.EpicProgressConfig;
import com.emeraldokr.core.port.EpicWork;
import com.emeraldokr.core.service.Validator;

import javax.inject.Inject;
import javax.inject.Named;

import java.util.List;

/** Reads and changes how epic progress is measured; the REST resource restricts it to administrators. */
@Named
public class EpicProgressAdmin {

    private final EpicProgressConfig config;
    private final Messages messages;

    @Inject
    public EpicProgressAdmin(EpicProgressConfig config, Messages messages) {
        this.config = config;
        this.messages = messages;
    }

    public EpicProgressSettings current() {
        EpicWork.Settings s = config.settings();
        return new EpicProgressSettings(s.measure().name(), s.unestimated().name(), config.storyPointsField());
    }

    public EpicProgressSettings change(EpicProgressSettings request) {
        Validator v = new Validator(messages);
        v.requireBody(request);
        WorkCompletion.Measure measure = v.required("measure", request.measure())
                ? v.enumValue("measure", request.measure(), WorkCompletion.Measure.class) : null;
        WorkCompletion.UnestimatedPolicy unestimated = request.unestimated() == null ? WorkCompletion.UnestimatedPolicy.EXCLUDE
                : v.enumValue("unestimated", request.unestimated(), WorkCompletion.UnestimatedPolicy.class);
        String field = request.storyPointsField() == null || request.storyPointsField().isBlank() ? null
                : request.storyPointsField().strip();
        v.maxLength("storyPointsField", field, 255);
        if (measure == WorkCompletion.Measure.STORY_POINTS && field == null) {
            v.reject("storyPointsField", "emerald.error.epic.points.field");
        }
        if (field != null && field.length() <= 255) {
            List<String> problems = config.fieldProblems(field);
            if (!problems.isEmpty()) {
                v.reject("storyPointsField", "emerald.error.epic.points.problem", String.join(" ", problems));
            }
        }
        v.throwIfInvalid();
        config.save(new EpicWork.Settings(measure, unestimated), field);
        return current();
    }
}
