package com.atlassian.jira.avatar;

import com.atlassian.jira.icon.IconOwningObjectId;
import com.atlassian.jira.icon.IconType;

import java.io.IOException;
import java.io.InputStream;

// Checked against: testit-tms/jira-plugin (commit 987b3c2d, TestCaseIssueType.java; one source tree compiled against jira-api 8.20.30 and 11.3.6) and the Jira 7 javadoc. The real method also declares the unchecked DataAccessException.
public interface AvatarManager {

    Avatar create(String fileName, String contentType, IconType iconType, IconOwningObjectId owner, InputStream image,
                  Selection selection) throws IOException;
}
