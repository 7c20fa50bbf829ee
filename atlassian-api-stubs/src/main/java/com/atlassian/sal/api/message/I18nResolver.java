package com.atlassian.sal.api.message;

import java.io.Serializable;

// Mirrors com.atlassian.sal:sal-api 6.0.x (Platform 7); only the members Emerald calls.
public interface I18nResolver {

    String getText(String key, Serializable... arguments);
}
