package org.sicredit.domain.subject;

/** What names a subject in a record (沪人社规〔2018〕30号 第七条第（二）项) and what a lookup asks by. */
public sealed interface SubjectIdentifier permits OrganisationIdentifier, PersonalIdentifier {

    /** The canonical form: no hyphen, capitals, 18 digits for a resident ID. */
    String value();

    /** What may be shown, logged and audited: a credit or organisation code as it is, a personal number masked. */
    String masked();

    /**
     * Who the identifier names: two identifiers with one identity are one subject. An organisation's unified social
     * credit code holds its organisation code in characters 9–17 (GB 32100-2015), so both forms are one organisation;
     * any other identifier is its own value.
     */
    default String identity() {
        return value();
    }
}
