package com.atlassian.jira.avatar;

import com.atlassian.jira.icon.IconOwningObjectId;
import com.atlassian.jira.icon.IconType;

import java.io.IOException;
import java.io.InputStream;

// Mirrors com.atlassian.jira:jira-api 10.3.x: com.atlassian.jira.avatar.AvatarManager (interface); members as declared in jira-api 7.x, 8.20.30 and 11.3.6.
// The real method also declares the unchecked DataAccessException.
public interface AvatarManager {

    Avatar create(String fileName, String contentType, IconType iconType, IconOwningObjectId owner, InputStream image,
                  Selection selection) throws IOException;
}
