package org.sicredit.adapters.jdbc;

import java.util.SortedSet;

/**
 * The key ring given is not the one the database was written with: starting would seal new rows under other keys and
 * make every stored subject look clean. Restore the key file (or variable) from its backup; never create a new one
 * for a database that holds data.
 */
public final class KeyRingMismatchException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final SortedSet<String> expectedKeyIds;

    KeyRingMismatchException(String detail, SortedSet<String> expectedKeyIds) {
        super("密钥与数据库不符，拒绝启动：请从备份恢复原密钥，切勿新建。/ The key ring does not match this database, so "
                + "sicredit will not start: restore the keys from their backup; never create new ones. " + detail);
        this.expectedKeyIds = expectedKeyIds;
    }

    /** The ids of the encryption keys the database was written with. */
    public SortedSet<String> expectedKeyIds() {
        return java.util.Collections.unmodifiableSortedSet(expectedKeyIds);
    }
}
