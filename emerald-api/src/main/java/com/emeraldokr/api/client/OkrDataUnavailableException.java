package com.emeraldokr.api.client;

/** Jira could not be asked for OKR data; {@link #reason()} says why, in terms a page can explain. */
public class OkrDataUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** No application link to Jira is configured. */
        NO_JIRA_LINK,
        /** The reader must authorise Confluence to act for them in Jira; {@link #authorisationUrl()} says where. */
        AUTHORISATION_REQUIRED,
        /** Jira did not answer in time or answered with an error. */
        JIRA_UNAVAILABLE
    }

    private final Reason reason;
    private final String authorisationUrl;

    public OkrDataUnavailableException(Reason reason, String authorisationUrl, String detail, Throwable cause) {
        super(reason + (detail == null ? "" : ": " + detail), cause);
        this.reason = reason;
        this.authorisationUrl = authorisationUrl;
    }

    public Reason reason() {
        return reason;
    }

    public String authorisationUrl() {
        return authorisationUrl;
    }
}
