package com.atlassian.webresource.api.assembler;

// Mirrors com.atlassian.plugins:atlassian-plugins-webresource-api 7.x (Platform 7): com.atlassian.webresource.api.assembler.WebResourceAssembler (interface); only the members Emerald calls.
public interface WebResourceAssembler {

    RequiredResources resources();
}
