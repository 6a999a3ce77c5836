package org.sicredit.domain.text;

import java.math.BigDecimal;

/**
 * Every length limit of sicredit's text, in characters, defined once: commands and drafts are checked against them
 * before anything is stored, and a test holds the schema's column sizes to them.
 */
public final class Limits {

    /** Who acts: an account or job id. */
    public static final int ACTOR_ID = 100;
    /** A subject's or legal representative's name. */
    public static final int NAME = 200;
    /** A record's cause (事由). */
    public static final int CAUSE = 500;
    /** A document number (文书编号). */
    public static final int DOCUMENT_NUMBER = 100;
    /** A proof number of credit repair. */
    public static final int PROOF_NUMBER = 100;
    /** A later fact's evidence reference. */
    public static final int EVIDENCE_REFERENCE = 200;
    /** An item of repair evidence. */
    public static final int EVIDENCE = 500;
    /** Why a lookup is made. */
    public static final int PURPOSE = 1000;
    /** A reason, a finding, objection grounds, a repair explanation. */
    public static final int REASON = 2000;
    /** The largest amount a record may state, in yuan: 16 digits and 2 decimals. */
    public static final BigDecimal LARGEST_AMOUNT = new BigDecimal("9999999999999999.99");

    private Limits() {
    }
}
