package org.sicredit.adapters.jdbc;

/**
 * A stored record whose sealed personal number is not the one its row is filed under: someone changed the row, or
 * wrote it with other keys. It is refused — never shown as another person's record — and logged with the number
 * masked.
 */
public final class StoredRecordIntegrityException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    StoredRecordIntegrityException(String message) {
        super(message);
    }
}
