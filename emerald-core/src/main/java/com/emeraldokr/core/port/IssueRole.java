package com.emeraldokr.core.port;

/** What an issue is to Emerald, which decides what it may be linked to. */
public enum IssueRole {
    OBJECTIVE, KEY_RESULT, EPIC, OTHER
}
