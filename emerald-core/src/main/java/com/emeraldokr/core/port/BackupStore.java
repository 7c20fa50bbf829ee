package com.emeraldokr.core.port;

import com.emeraldokr.api.backup.BackupDocument;

import java.util.Map;

/**
 * Reads and writes all of Emerald's rows at once, for backup and restore. Rows reference issues by
 * id here; the service translates between ids and the document's issue keys.
 */
public interface BackupStore {

    /** Every row, with issue ids, in the document's shape (issue-key fields hold ids as text). */
    BackupDocument readAll();

    /** The version of Emerald's data model the rows are in; a document from a newer model cannot be restored. */
    int modelVersion();

    /** Whether the instance holds no Emerald data: a restore only writes into an empty instance. */
    boolean isEmpty();

    /**
     * Writes a validated document in one transaction; {@code issueIds} maps each issue key to the
     * target instance's issue id.
     */
    BackupDocument.RestoreSummary writeAll(BackupDocument document, Map<String, Long> issueIds);
}
