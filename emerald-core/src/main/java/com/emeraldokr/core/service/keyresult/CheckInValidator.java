package com.emeraldokr.core.service.keyresult;

import com.emeraldokr.core.domain.CheckIn;
import com.emeraldokr.core.service.Validator;

/** The rules of a check-in's confidence and note, for recording one and for restoring a backup. */
public final class CheckInValidator {

    private CheckInValidator() {
    }

    /** {@code p} is the JSON path prefix of the check-in, ending in a dot, or empty. */
    public static void confidenceAndNote(Validator v, String p, Integer confidence, String note) {
        if (v.required(p + "confidence", confidence)
                && (confidence < CheckIn.MIN_CONFIDENCE || confidence > CheckIn.MAX_CONFIDENCE)) {
            v.reject(p + "confidence", "emerald.error.confidence.range", CheckIn.MIN_CONFIDENCE, CheckIn.MAX_CONFIDENCE);
        }
        v.maxLength(p + "note", note, Validator.MAX_NOTE_LENGTH);
    }
}
