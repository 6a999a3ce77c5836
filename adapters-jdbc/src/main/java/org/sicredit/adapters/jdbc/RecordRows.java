package org.sicredit.adapters.jdbc;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import org.jdbi.v3.core.statement.SqlStatement;
import org.sicredit.adapters.jdbc.crypto.KeyRing;
import org.sicredit.domain.policy.Classification;
import org.sicredit.domain.policy.Scheme;
import org.sicredit.domain.policy.SeriousFinding;
import org.sicredit.domain.policy.SeriousGround;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.record.Providers;
import org.sicredit.domain.record.RecordContent;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.record.RecordState;
import org.sicredit.domain.subject.Individual;
import org.sicredit.domain.subject.LegalRepresentative;
import org.sicredit.domain.subject.Organisation;
import org.sicredit.domain.subject.OrganisationIdentifier;
import org.sicredit.domain.subject.PersonalIdentifier;
import org.sicredit.domain.subject.ResidentIdNumber;
import org.sicredit.domain.subject.Subject;
import org.sicredit.domain.subject.SubjectIdentifier;
import org.sicredit.domain.subject.SubjectKind;
import org.sicredit.domain.subject.SubjectName;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.UUID;

/**
 * A record as a row of {@code dishonesty_record} and back. Resident ID numbers go in sealed (AES-GCM, bound to the
 * row id and column) with a blind index beside them; the history goes in sealed whole, for it repeats the content.
 */
final class RecordRows {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RecordRows.class);

    /** A column of {@code dishonesty_record} and the Java type of its values. */
    private record Column(String name, Class<?> type) {
    }

    /**
     * Every column, in the order {@link #values} gives them and rows are read by: the one list from which the
     * SELECT, the INSERT, the UPDATE and the COPY are made.
     */
    private static final java.util.List<Column> TABLE = java.util.List.of(
            column("id", UUID.class),
            column("provider_code", String.class),
            column("document_number", String.class),
            column("subject_kind", String.class),
            column("subject_name", String.class),
            column("subject_key", String.class),
            column("subject_code", String.class),
            column("subject_id_cipher", byte[].class),
            column("legal_rep_name", String.class),
            column("legal_rep_id_cipher", byte[].class),
            column("legal_rep_id_index", String.class),
            column("category", Short.class),
            column("cause", String.class),
            column("act_date", LocalDate.class),
            column("act_ended_on", LocalDate.class),
            column("amount", BigDecimal.class),
            column("public_notice_issued", Boolean.class),
            column("obstruction_serious", Boolean.class),
            column("fund_security_harm", Boolean.class),
            column("scheme", String.class),
            column("severity", String.class),
            column("serious_grounds", String.class),
            column("query_period", String.class),
            column("collected_on", LocalDate.class),
            column("collected_month", Integer.class),
            column("status", String.class),
            column("status_period", Integer.class),
            column("status_on", LocalDate.class),
            column("status_detail", String.class),
            column("reported_on", LocalDate.class),
            column("query_period_ends_on", LocalDate.class),
            column("history", byte[].class),
            column("key_id", String.class),
            column("version", Long.class),
            column("administration_harm", Boolean.class),
            column("category_text", String.class),
            column("serious_basis", String.class),
            column("subject_id_document", String.class));

    static final String[] NAMES = TABLE.stream().map(Column::name).toArray(String[]::new);

    /** The column types, in the order of {@link #COLUMNS}. */
    static final Class<?>[] TYPES = TABLE.stream().map(Column::type).toArray(Class<?>[]::new);

    static final String COLUMNS = String.join(", ", NAMES);

    private static Column column(String name, Class<?> type) {
        return new Column(name, type);
    }

    static final String INSERT_POSITIONAL = "INSERT INTO dishonesty_record (" + COLUMNS + ") VALUES ("
            + String.join(", ", java.util.Collections.nCopies(COLUMNS.split(", ").length, "?")) + ")";

    /** Every column but the id set by name; the row must still be at the version the caller read. */
    static final String UPDATE = "UPDATE dishonesty_record SET " + TABLE.stream().map(Column::name)
            .filter(name -> !name.equals("id")).map(name -> name + " = :" + name)
            .collect(java.util.stream.Collectors.joining(", ")) + " WHERE id = :id AND version = :expected_version";

    /** The 1-based position of each of {@link #COLUMNS}: rows are read by position, not by label. */
    private static final java.util.Map<String, Integer> POSITIONS = positions();

    private static final String BASIS_SEPARATOR = "|";

    private static final java.util.Map<String, Period> PERIODS = new java.util.concurrent.ConcurrentHashMap<>();

    private final KeyRing keys;
    private final DomainJson json;

    RecordRows(KeyRing keys, DomainJson json) {
        this.keys = keys;
        this.json = json;
    }

    /** The key under which a subject is found: a code as it is, a resident ID number by its blind index. */
    String subjectKey(SubjectIdentifier identifier) {
        return identifier instanceof PersonalIdentifier number ? "h:" + keys.blindIndex(number.value())
                : identifier.identity();
    }


    <S extends SqlStatement<S>> S bind(S statement, DishonestyRecord record) {
        Object[] values = values(record);
        for (int i = 0; i < NAMES.length; i++) {
            statement.bindByType(NAMES[i], values[i], TYPES[i]);
        }
        return statement;
    }

    /** Binds {@code values} to a plain JDBC insert ({@link #INSERT_POSITIONAL}), nulls with their column's type. */
    static void bind(java.sql.PreparedStatement insert, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                insert.setNull(i + 1, sqlType(TYPES[i]));
            } else {
                insert.setObject(i + 1, values[i]);
            }
        }
    }

    private static int sqlType(Class<?> type) {
        if (type == byte[].class) {
            return java.sql.Types.VARBINARY;
        }
        if (type == LocalDate.class) {
            return java.sql.Types.DATE;
        }
        if (type == BigDecimal.class) {
            return java.sql.Types.NUMERIC;
        }
        if (type == Integer.class) {
            return java.sql.Types.INTEGER;
        }
        return java.sql.Types.VARCHAR;
    }

    /** The row's values, in the order of {@link #COLUMNS}, personal numbers sealed. */
    Object[] values(DishonestyRecord record) {
        RecordContent content = record.content();
        Subject subject = content.subject();
        String id = record.id().toString();
        Option<LegalRepresentative> representative = content.legalRepresentative();
        Option<ResidentIdNumber> legalRepId = representative.map(LegalRepresentative::residentIdNumber);
        RecordState state = record.state();
        return new Object[] {
                record.id().value(),
                record.provider().code(),
                content.documentNumber(),
                subject.kind().name(),
                subject.name().value(),
                subjectKey(subject.identifier()),
                subject.kind() == SubjectKind.ORGANISATION ? subject.identifier().value() : null,
                subject instanceof Individual individual
                        ? keys.seal(individual.identifier().value(), id + "/subject_id") : null,
                representative.map(r -> r.name().value()).getOrNull(),
                legalRepId.map(n -> keys.seal(n.value(), id + "/legal_rep_id")).getOrNull(),
                legalRepId.map(n -> keys.blindIndex(n.value())).getOrNull(),
                (short) content.category().item(),
                content.cause(),
                content.actDate(),
                content.actEndedOn().getOrNull(),
                content.amount().getOrNull(),
                content.publicNoticeIssued(),
                content.obstructionSerious(),
                content.fundSecurityHarm(),
                content.scheme().name(),
                record.classification().severity().name(),
                record.classification().findings().map(f -> f.ground().name()).mkString(","),
                record.queryPeriod().toString(),
                record.collectedOn(),
                month(YearMonth.from(record.collectedOn())),
                state.code(),
                period(state).map(RecordRows::month).getOrNull(),
                on(state).getOrNull(),
                detail(state).getOrNull(),
                record.reportedOn().getOrNull(),
                record.lastDayOfQueryPeriod().getOrNull(),
                keys.seal(json.recordHistory(record.history()), id + "/history"),
                keys.activeKeyId(),
                record.version(),
                content.administrationHarm(),
                json.categoryText(content.category()),
                basis(record.classification()),
                subject instanceof Individual individual ? individual.identifier().document().name() : null};
    }

    /** A stored record; its sealed history is opened and decoded only when the record is asked for it. */
    DishonestyRecord read(ResultSet row) throws SQLException {
        String id = row.getObject(column("id"), UUID.class).toString();
        String keyId = row.getString(column("key_id"));
        Classification classification = classification(row.getString(column("serious_grounds")),
                row.getString(column("serious_basis")));
        byte[] sealedHistory = row.getBytes(column("history"));
        return DishonestyRecord.restore(RecordId.of(id),
                DomainJson.stored(Providers.byCode(row.getString(column("provider_code")))),
                content(row, subject(row, id, keyId)), classification,
                queryPeriod(row.getString(column("query_period"))),
                row.getObject(column("collected_on"), LocalDate.class), state(row),
                Option.of(row.getObject(column("reported_on"), LocalDate.class)),
                () -> json.recordHistory(keys.open(keyId, sealedHistory, id + "/history")),
                row.getLong(column("version")));
    }

    private Subject subject(ResultSet row, String id, String keyId) throws SQLException {
        SubjectName name = new SubjectName(row.getString(column("subject_name")));
        if (!"ORGANISATION".equals(row.getString(column("subject_kind")))) {
            PersonalIdentifier number = DomainJson.personalIdentifier(row.getString(column("subject_id_document")),
                    keys.open(keyId, row.getBytes(column("subject_id_cipher")), id + "/subject_id"));
            filedUnder(id, "subject", number.value(), number.masked(), "h:", row.getString(column("subject_key")));
            return new Individual(name, number);
        }
        ResidentIdNumber representative = DomainJson.residentIdNumber(keys.open(keyId,
                row.getBytes(column("legal_rep_id_cipher")), id + "/legal_rep_id"));
        filedUnder(id, "legal representative", representative.value(), representative.masked(), "",
                row.getString(column("legal_rep_id_index")));
        return new Organisation(name,
                DomainJson.stored(OrganisationIdentifier.parse(row.getString(column("subject_code")))),
                new LegalRepresentative(new SubjectName(row.getString(column("legal_rep_name"))), representative));
    }

    /** A number opened from a row must be the one the row is filed under: otherwise the row is refused. */
    private void filedUnder(String id, String whose, String number, String masked, String prefix, String index) {
        if (!(prefix + keys.blindIndex(number)).equals(index)) {
            String message = "record " + id + ": the sealed number of its " + whose + " (" + masked
                    + ") is not the one the row is filed under; the record is refused / 失信信息" + id
                    + "完整性校验失败，已拒绝读取";
            LOG.error(message);
            throw new StoredRecordIntegrityException(message);
        }
    }

    private RecordContent content(ResultSet row, Subject subject) throws SQLException {
        LocalDate actDate = row.getObject(column("act_date"), LocalDate.class);
        return new RecordContent(subject,
                json.category(row.getString(column("category_text")), actDate, row.getShort(column("category"))),
                row.getString(column("cause")), actDate,
                Option.of(row.getObject(column("act_ended_on"), LocalDate.class)),
                row.getString(column("document_number")),
                Option.of(row.getBigDecimal(column("amount"))).map(RecordRows::scale2),
                row.getBoolean(column("public_notice_issued")), row.getBoolean(column("obstruction_serious")),
                row.getBoolean(column("fund_security_harm")), row.getBoolean(column("administration_harm")),
                Scheme.valueOf(row.getString(column("scheme"))));
    }

    /** The findings' citations, in the order of their grounds, separated by {@code |} (no citation holds one). */
    private static String basis(Classification classification) {
        Seq<String> bases = classification.findings().toList().map(SeriousFinding::legalBasis);
        if (bases.exists(basis -> basis.contains(BASIS_SEPARATOR))) {
            throw new IllegalStateException("a citation holds the separator " + BASIS_SEPARATOR + ": " + bases);
        }
        return bases.mkString(BASIS_SEPARATOR);
    }

    private static Classification classification(String grounds, String bases) {
        if (grounds.isEmpty()) {
            return Classification.ORDINARY;
        }
        List<SeriousGround> named = List.of(grounds.split(",")).map(SeriousGround::valueOf);
        List<String> cited = List.of(bases.split(java.util.regex.Pattern.quote(BASIS_SEPARATOR)));
        if (cited.size() != named.size()) {
            throw new IllegalStateException("a stored classification names " + named.size() + " grounds and "
                    + cited.size() + " citations");
        }
        return new Classification(TreeSet.ofAll(named.zipWith(cited, SeriousFinding::new)));
    }

    private static RecordState state(ResultSet row) throws SQLException {
        int periodValue = row.getInt(column("status_period"));
        YearMonth period = row.wasNull() ? null : YearMonth.of(periodValue / 100, periodValue % 100);
        LocalDate on = row.getObject(column("status_on"), LocalDate.class);
        String detail = row.getString(column("status_detail"));
        return switch (row.getString(column("status"))) {
            case "COLLECTED" -> new RecordState.Collected();
            case "SUBMITTED" -> new RecordState.Submitted(period);
            case "REPORTED" -> new RecordState.Reported(period);
            case "UNDER_OBJECTION" -> new RecordState.UnderObjection(period, detail);
            case "REVOKED" -> new RecordState.Revoked(on, detail);
            case "REPAIRED" -> new RecordState.Repaired(on, detail);
            case "EXPIRED" -> new RecordState.Expired(on);
            default -> throw new IllegalStateException("a stored record in an unknown state");
        };
    }

    private static java.util.Map<String, Integer> positions() {
        String[] names = COLUMNS.split(", ");
        java.util.Map<String, Integer> positions = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) {
            positions.put(names[i], i + 1);
        }
        return java.util.Map.copyOf(positions);
    }

    private static int column(String name) {
        return POSITIONS.get(name);
    }

    private static Period queryPeriod(String text) {
        return PERIODS.computeIfAbsent(text, Period::parse);
    }

    static int month(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    private static Option<YearMonth> period(RecordState state) {
        if (state instanceof RecordState.Submitted s) {
            return Option.some(s.period());
        }
        if (state instanceof RecordState.Reported r) {
            return Option.some(r.period());
        }
        return state instanceof RecordState.UnderObjection u ? Option.some(u.period()) : Option.none();
    }

    private static Option<LocalDate> on(RecordState state) {
        if (state instanceof RecordState.Revoked r) {
            return Option.some(r.revokedOn());
        }
        if (state instanceof RecordState.Repaired r) {
            return Option.some(r.repairedOn());
        }
        return state instanceof RecordState.Expired e ? Option.some(e.expiredOn()) : Option.none();
    }

    private static Option<String> detail(RecordState state) {
        if (state instanceof RecordState.UnderObjection u) {
            return Option.some(u.objectionId());
        }
        if (state instanceof RecordState.Revoked r) {
            return Option.some(r.reason());
        }
        return state instanceof RecordState.Repaired r ? Option.some(r.proofNumber()) : Option.none();
    }

    private static BigDecimal scale2(BigDecimal amount) {
        return amount.setScale(2);
    }
}
