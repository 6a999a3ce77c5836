package org.sicredit.application.service;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.sicredit.application.access.AccessPolicy;
import org.sicredit.application.access.Caller;
import org.sicredit.application.access.Disclosure;
import org.sicredit.application.access.Permission;
import org.sicredit.application.port.in.FindSubjectsByNameUseCase.SubjectOfTheName;
import org.sicredit.application.port.in.FindSubjectsByNameUseCase;
import org.sicredit.application.port.in.LookUpSubjectUseCase;
import org.sicredit.application.port.out.RecordStorePort;
import org.sicredit.domain.calendar.PlausibleDates;
import org.sicredit.domain.calendar.ShanghaiTime;
import org.sicredit.domain.calendar.WorkingCalendar;
import org.sicredit.domain.policy.Facilitation;
import org.sicredit.domain.policy.PolicyBook;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.record.RecordContent;
import org.sicredit.domain.record.RecordState;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;
import org.sicredit.domain.sanction.SanctionProfile;
import org.sicredit.domain.subject.ForeignPermanentResidentId;
import org.sicredit.domain.subject.OrganisationIdentifier;
import org.sicredit.domain.subject.PassportNumber;
import org.sicredit.domain.subject.PersonalNumberMask;
import org.sicredit.domain.subject.ResidentIdNumber;
import org.sicredit.domain.subject.SubjectIdentifier;
import org.sicredit.domain.subject.SubjectName;

import java.time.Clock;
import java.time.LocalDate;

final class LookUpSubjectService implements LookUpSubjectUseCase, FindSubjectsByNameUseCase {

    private final RecordStorePort records;
    private final Trail trail;
    private final PolicyBook book;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final CommandCheck check;

    LookUpSubjectService(RecordStorePort records, Trail trail, PolicyBook book, WorkingCalendar calendar, Clock clock,
                         CommandCheck check) {
        this.calendar = calendar;
        this.records = records;
        this.trail = trail;
        this.book = book;
        this.clock = clock;
        this.check = check;
    }

    @Override
    public Either<Rejection, Result> lookUp(LookUpSubjectUseCase.Query query) {
        Either<Rejection, Result> answer = answer(query);
        if (answer.isLeft() && query != null && query.caller() != null) {
            Seq<SubjectIdentifier> asked = query.identifier() == null ? List.empty() : parsed(query.identifier());
            trail.lookupRefused(query.caller(), query.purpose(), asked.headOption().map(Trail::masked)
                            .getOrElse(() -> PersonalNumberMask.mask(query.identifier() == null ? ""
                                    : query.identifier().strip())),
                    asked.take(1), auditDay(query.asOf()), answer.getLeft().code());
        }
        return answer;
    }

    /** The day a refused lookup is filed under: the day asked, when it is one, otherwise today. */
    private LocalDate auditDay(LocalDate asked) {
        return asked != null && PlausibleDates.plausible(asked) ? asked : ShanghaiTime.today(clock);
    }

    private Either<Rejection, Result> answer(LookUpSubjectUseCase.Query query) {
        return check.check(query)
                .flatMap(valid -> AccessPolicy.check(valid.caller(), Permission.LOOK_UP_SUBJECT).map(caller -> valid))
                .flatMap(this::notInFuture).flatMap(valid -> subject(valid).map(subject -> {
                    SanctionProfile profile = SanctionProfile.of(subject.records, valid.asOf(), book);
                    Result result = new Result(valid.asOf(), profile.activeRecords()
                            .sortBy(r -> r.content().actDate().toString() + r.id()).map(r -> view(valid.caller(), r)),
                            profile.severity(), profile.measures(), List.of(Facilitation.values()).map(profile::mayUse),
                            new SanctionBasis(profile.measure().map(m -> m.citation()), profile.basisZh(),
                                    profile.basisEn()), revokedPendingDeletion(subject.records, valid.asOf()));
                    audit(valid, subject.masked, subject.about, profile);
                    return result;
                }));
    }

    private void audit(LookUpSubjectUseCase.Query query, String subjectMasked, Seq<SubjectIdentifier> about, SanctionProfile profile) {
        boolean personalNumbersShown = profile.activeRecords()
                .exists(record -> Disclosure.mayShowPersonalNumbers(query.caller(), record));
        trail.lookedUp(query.caller(), query.purpose().strip(), subjectMasked, about, query.asOf(),
                profile.activeRecords().map(DishonestyRecord::id), personalNumbersShown);
    }

    /** Every kind of identifier the text reads as. */
    static Seq<SubjectIdentifier> parsed(String identifier, Clock clock) {
        return List.<Either<Rejection, ? extends SubjectIdentifier>>of(
                        OrganisationIdentifier.parse(identifier),
                        ResidentIdNumber.parse(identifier, clock),
                        ForeignPermanentResidentId.parse(identifier),
                        PassportNumber.parse(identifier))
                .flatMap(Either::toOption)
                .map(SubjectIdentifier.class::cast);
    }

    private Seq<SubjectIdentifier> parsed(String identifier) {
        return parsed(identifier, clock);
    }

    /** Who was asked about: the identifier asked by, or every subject a name found. */
    private record Found(String masked, Seq<SubjectIdentifier> about, Seq<DishonestyRecord> records) {
    }

    private Either<Rejection, Found> subject(LookUpSubjectUseCase.Query query) {
        Seq<SubjectIdentifier> identifiers = parsed(query.identifier());
        if (identifiers.isEmpty()) {
            return Either.left(Rejection.of(RejectionCodes.LOOKUP_IDENTIFIER, "identifier", PersonalNumberMask.mask(
                            query.identifier().strip()),
                    "不是有效的统一社会信用代码、组织机构代码、身份证号码、外国人永久居留身份证号码或护照号码（国家代码:号码）",
                    "Not a valid unified social credit code, organisation code, resident ID number, permanent "
                            + "residence ID card number or passport number (COUNTRY:NUMBER)"));
        }
        Either<Rejection, Caller> ownSubject = AccessPolicy.checkSubject(query.caller(), Permission.LOOK_UP_SUBJECT,
                identifiers.head());
        if (ownSubject.isLeft()) {
            return Either.left(ownSubject.getLeft());
        }
        Seq<DishonestyRecord> found = identifiers.flatMap(records::findBySubject).distinctBy(DishonestyRecord::id);
        Seq<SubjectIdentifier> about = found.isEmpty() ? identifiers.take(1)
                : found.map(record -> record.content().subject().identifier()).distinct();
        return Either.right(new Found(masked(identifiers.head()), about, found));
    }

    private Either<Rejection, LookUpSubjectUseCase.Query> notInFuture(LookUpSubjectUseCase.Query query) {
        return asOfToday(query.asOf()).map(ignored -> query);
    }

    private Either<Rejection, LocalDate> asOfToday(LocalDate asOf) {
        if (!PlausibleDates.plausible(asOf)) {
            return Either.left(PlausibleDates.outOfRange("asOf", asOf.toString()));
        }
        return asOf.isAfter(ShanghaiTime.today(clock))
                ? Either.left(Rejection.of(RejectionCodes.LOOKUP_DATE_IN_FUTURE, "asOf", asOf.toString(),
                        "查询日期不能晚于今天", "A lookup is as of today or an earlier day"))
                : Either.right(asOf);
    }

    @Override
    public Either<Rejection, Seq<SubjectOfTheName>> find(FindSubjectsByNameUseCase.Query query) {
        Either<Rejection, Seq<SubjectOfTheName>> answer = subjectsOfTheName(query);
        if (answer.isLeft() && query != null && query.caller() != null) {
            trail.lookupRefused(query.caller(), query.purpose(), query.name() == null ? ""
                            : PersonalNumberMask.maskWithin(query.name().strip()), List.empty(),
                    auditDay(query.asOf()), answer.getLeft().code());
        }
        return answer;
    }

    private Either<Rejection, Seq<SubjectOfTheName>> subjectsOfTheName(FindSubjectsByNameUseCase.Query query) {
        return check.check(query)
                .flatMap(valid -> AccessPolicy.check(valid.caller(), Permission.FIND_SUBJECTS_BY_NAME)
                        .map(caller -> valid))
                .flatMap(valid -> asOfToday(valid.asOf()).map(ignored -> valid))
                .flatMap(valid -> SubjectName.parse(valid.name(), "name").map(name -> {
                    Seq<Seq<DishonestyRecord>> bySubject = records.findBySubjectName(name)
                            .groupBy(record -> record.content().subject().identifier()).values()
                            .<Seq<DishonestyRecord>>map(ofOne -> ofOne).toList()
                            .sortBy(ofOne -> masked(ofOne.head().content().subject().identifier()));
                    Seq<SubjectIdentifier> about = bySubject.map(ofOne -> ofOne.head().content().subject().identifier());
                    trail.lookedUp(valid.caller(), valid.purpose().strip(), name.value(), about, valid.asOf(),
                            List.empty(), false);
                    return bySubject.map(ofOne -> new SubjectOfTheName(
                            masked(ofOne.head().content().subject().identifier()),
                            ofOne.head().content().subject().kind(),
                            SanctionProfile.of(ofOne, valid.asOf(), book).activeRecords().size()));
                }));
    }

    private static RecordView view(Caller caller, DishonestyRecord record) {
        boolean whole = Disclosure.mayShowPersonalNumbers(caller, record);
        RecordContent content = record.content();
        return new RecordView(record.id(), record.provider().code(), content.category().item(), content.cause(),
                content.actDate(), content.documentNumber(), content.subject().name().value(),
                shown(content.subject().identifier(), whole),
                content.legalRepresentative().map(representative -> representative.name().value()),
                content.legalRepresentative().map(representative -> shown(representative.residentIdNumber(), whole)),
                record.classification().severity(), record.classification().legalBasis(),
                record.lastDayOfQueryPeriod(), record.state().code(), record.state().nameZh(), record.stateSince(),
                record.lastCorrectedOn(), record.version());
    }

    private Seq<RevokedView> revokedPendingDeletion(Seq<DishonestyRecord> records, LocalDate asOf) {
        return records.filter(record -> record.state() instanceof RecordState.Revoked revoked
                        && !revoked.revokedOn().isAfter(asOf))
                .map(record -> new RevokedView(record.id(), record.provider().code(),
                        record.content().category().item(), record.content().documentNumber(),
                        ((RecordState.Revoked) record.state()).revokedOn(),
                        book.regulationsOn(asOf).flatMap(law -> record.deletionDue(law.deadlines(), calendar))
                                .toOption()))
                .filter(view -> view.deleteBy().forAll(deleteBy -> !deleteBy.isBefore(asOf)));
    }

    private static String shown(SubjectIdentifier identifier, boolean whole) {
        return whole ? identifier.value() : masked(identifier);
    }

    private static String masked(SubjectIdentifier identifier) {
        return Trail.masked(identifier);
    }
}
