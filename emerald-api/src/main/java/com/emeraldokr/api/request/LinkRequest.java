package com.emeraldokr.api.request;

/** Names the other issue of a link: the epic for a key result, the parent for an objective. */
public record LinkRequest(String issueKey) {
}
