package org.sicredit.domain.subject;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import org.sicredit.domain.rejection.Rejection;

import java.time.Clock;

/**
 * A subject as a provider's row gives it, every field raw. {@link #validate(Clock)} reports every problem at once,
 * each under the field a provider knows: {@code subject.name}, {@code subject.identifier},
 * {@code legalRepresentative.name}, {@code legalRepresentative.residentIdNumber}.
 *
 * @param document the identity document an individual's {@code identifier} is the number of; none means a resident
 *                 ID card (the residence permits of Hong Kong, Macao and Taiwan residents included). A passport
 *                 number is given as {@code COUNTRY:NUMBER}.
 */
public record SubjectDraft(
        SubjectKind kind,
        String name,
        String identifier,
        String legalRepresentativeName,
        String legalRepresentativeIdNumber,
        IdentityDocument document) {

    public static final String KIND = "subject.kind";
    public static final String NAME = "subject.name";
    public static final String IDENTIFIER = "subject.identifier";
    public static final String REPRESENTATIVE_NAME = "legalRepresentative.name";
    public static final String REPRESENTATIVE_ID = "legalRepresentative.residentIdNumber";

    /** A subject whose individual, if it is one, is named by a resident ID number. */
    public SubjectDraft(SubjectKind kind, String name, String identifier, String legalRepresentativeName,
                        String legalRepresentativeIdNumber) {
        this(kind, name, identifier, legalRepresentativeName, legalRepresentativeIdNumber, null);
    }

    public static SubjectDraft organisation(String name, String code, String representative, String representativeId) {
        return new SubjectDraft(SubjectKind.ORGANISATION, name, code, representative, representativeId);
    }

    public static SubjectDraft individual(String name, String residentIdNumber) {
        return new SubjectDraft(SubjectKind.INDIVIDUAL, name, residentIdNumber, null, null);
    }

    /** An individual named by the number of another identity document (a passport as {@code COUNTRY:NUMBER}). */
    public static SubjectDraft individual(String name, IdentityDocument document, String number) {
        return new SubjectDraft(SubjectKind.INDIVIDUAL, name, number, null, null, document);
    }

    public Validation<Seq<Rejection>, Subject> validate(Clock clock) {
        if (kind == null) {
            return Validation.invalid(io.vavr.collection.List.of(Rejection.of("SUBJECT_KIND_REQUIRED", KIND, "",
                    "须说明失信主体是单位还是个人", "Say whether the subject is an organisation or an individual")));
        }
        return kind == SubjectKind.ORGANISATION ? organisation(clock) : individual(clock);
    }

    private Validation<Seq<Rejection>, Subject> organisation(Clock clock) {
        return Validation.combine(
                        valid(SubjectName.parse(name, NAME)),
                        valid(OrganisationIdentifier.parse(identifier).mapLeft(r -> r.atField(IDENTIFIER))),
                        valid(SubjectName.parse(legalRepresentativeName, REPRESENTATIVE_NAME)),
                        valid(ResidentIdNumber.parse(legalRepresentativeIdNumber, clock)
                                .mapLeft(r -> r.atField(REPRESENTATIVE_ID))))
                .ap((subjectName, code, representative, representativeId) -> (Subject) new Organisation(
                        subjectName, code, new LegalRepresentative(representative, representativeId)));
    }

    private Validation<Seq<Rejection>, Subject> individual(Clock clock) {
        Validation<Seq<Rejection>, Subject> person = Validation.combine(
                        valid(SubjectName.parse(name, NAME)),
                        valid(PersonalIdentifier.parse(document == null ? IdentityDocument.RESIDENT_ID : document,
                                identifier, clock).mapLeft(r -> r.atField(IDENTIFIER))))
                .ap((subjectName, number) -> (Subject) new Individual(subjectName, number));
        boolean hasRepresentative = !IdentifierText.isBlank(legalRepresentativeName)
                || !IdentifierText.isBlank(legalRepresentativeIdNumber);
        if (!hasRepresentative) {
            return person;
        }
        Rejection notApplicable = Rejection.of("LEGAL_REPRESENTATIVE_NOT_APPLICABLE", REPRESENTATIVE_NAME, "",
                        "个人没有法定代表人，请删除该项或将主体类型改为单位",
                        "An individual has no legal representative: remove it, or make the subject an organisation")
                .withLegalBasis("沪人社规〔2018〕30号 第七条第（三）项");
        Seq<Rejection> errors = person.isInvalid() ? person.getError().append(notApplicable)
                : io.vavr.collection.List.of(notApplicable);
        return Validation.invalid(errors);
    }

    /** Numbers as typed may be personal: an individual's identifier and every legal representative's are masked. */
    @Override
    public String toString() {
        String shownIdentifier = kind == SubjectKind.ORGANISATION ? PersonalNumberMask.maskWithin(identifier)
                : PersonalNumberMask.mask(identifier);
        return "SubjectDraft[" + kind + ", " + PersonalNumberMask.maskWithin(name) + ", " + shownIdentifier + ", "
                + PersonalNumberMask.maskWithin(legalRepresentativeName) + ", "
                + PersonalNumberMask.mask(legalRepresentativeIdNumber) + (document == null ? "" : ", " + document)
                + "]";
    }

    private static <T> Validation<Rejection, T> valid(Either<Rejection, T> either) {
        return Validation.fromEither(either);
    }
}
