package com.emeraldokr.core.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The administrator's OKR settings (model 6): one row for the whole instance, keyed by a constant so
 * a second row cannot appear even when two first saves race. Decimals are plain decimal text like the
 * other metrics; enums by name.
 */
@Preload
@Table("SETTINGS")
public interface SettingsEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(32)
    String getSettingsKey();

    void setSettingsKey(String settingsKey);

    @NotNull
    @StringLength(48)
    String getGradeYellowFrom();

    void setGradeYellowFrom(String yellowFrom);

    @NotNull
    @StringLength(48)
    String getGradeGreenFrom();

    void setGradeGreenFrom(String greenFrom);

    @NotNull
    @StringLength(48)
    String getOnTrackFrom();

    void setOnTrackFrom(String onTrackFrom);

    @NotNull
    @StringLength(48)
    String getAtRiskFrom();

    void setAtRiskFrom(String atRiskFrom);

    @NotNull
    @StringLength(32)
    String getStatusMode();

    void setStatusMode(String statusMode);

    @NotNull
    int getFiscalYearStart();

    void setFiscalYearStart(int month);

    @NotNull
    @StringLength(16)
    String getDefaultCadence();

    void setDefaultCadence(String cadence);

    /** {@code PROJECT=CADENCE} pairs separated by commas; empty when no team has its own. */
    @StringLength(StringLength.UNLIMITED)
    String getTeamCadences();

    void setTeamCadences(String teamCadences);

    @Default("true")
    boolean isAlignmentRollup();

    void setAlignmentRollup(boolean alignmentRollup);

    @NotNull
    @StringLength(64)
    String getTimeZone();

    void setTimeZone(String timeZone);

    @NotNull
    long getUpdatedAt();

    void setUpdatedAt(long updatedAt);

    @StringLength(255)
    String getAuthorKey();

    void setAuthorKey(String authorKey);
}
