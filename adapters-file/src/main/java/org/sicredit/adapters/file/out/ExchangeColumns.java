package org.sicredit.adapters.file.out;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.sicredit.application.port.out.PlatformGatewayPort.ObjectionDecision;
import org.sicredit.application.port.out.PlatformGatewayPort.RecordUpdate;
import org.sicredit.application.port.out.PlatformGatewayPort.RepairNotice;
import org.sicredit.application.port.out.PlatformGatewayPort.ReportLine;
import org.sicredit.application.port.out.PlatformGatewayPort.Revocation;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * The fields of each message the exchange directory carries, by name (JSON Lines) and by Chinese header (CSV). A
 * monthly report's are exactly those of 沪人社规〔2018〕30号 第七条: the cause, date and document number (一); the
 * subject's name and code or ID number (二); an organisation's legal representative and ID number (三); and, as
 * other content the Platform needs (四), the record's id, category, severity, provider and the day its act ended.
 */
final class ExchangeColumns {

    /** A field: its name in JSON, its header in CSV, and its value in a line. */
    record Field<T>(String name, String header, Function<T, String> value) {
    }

    static final Seq<Field<ReportLine>> REPORT = List.of(
            new Field<>("recordId", "记录编号", line -> line.recordId().toString()),
            new Field<>("cause", "事由", ReportLine::cause),
            new Field<>("date", "日期", ReportLine::date),
            new Field<>("documentNumber", "文书编号", ReportLine::documentNumber),
            new Field<>("subjectName", "失信主体名称或姓名", ReportLine::subjectName),
            new Field<>("subjectIdentifier", "统一社会信用代码（组织机构代码）或身份证号码", ReportLine::subjectIdentifier),
            new Field<>("legalRepresentativeName", "法定代表人或主要负责人姓名", ReportLine::legalRepresentativeName),
            new Field<>("legalRepresentativeIdNumber", "法定代表人或主要负责人身份证号码",
                    ReportLine::legalRepresentativeIdNumber),
            new Field<>("category", "失信类别", line -> String.valueOf(line.category())),
            new Field<>("severity", "严重程度", ReportLine::severity),
            new Field<>("providerCode", "提供单位", ReportLine::providerCode),
            new Field<>("actEndedOn", "失信行为结束日期", ReportLine::actEndedOn));

    static final Seq<Field<ObjectionDecision>> DECISION = List.of(
            new Field<>("objectionId", "异议编号", ObjectionDecision::objectionId),
            new Field<>("recordId", "记录编号", decision -> decision.recordId().toString()),
            new Field<>("decision", "处理决定", ObjectionDecision::decision),
            new Field<>("reason", "理由", ObjectionDecision::reason),
            new Field<>("decidedOn", "决定日期", decision -> String.valueOf(decision.decidedOn())));

    static final Seq<Field<Revocation>> REVOCATION = List.of(
            new Field<>("recordId", "记录编号", revocation -> revocation.recordId().toString()),
            new Field<>("reason", "撤销理由", Revocation::reason),
            new Field<>("revokedOn", "撤销日期", revocation -> String.valueOf(revocation.revokedOn())),
            new Field<>("deleteBy", "删除期限", revocation -> String.valueOf(revocation.deleteBy())));

    static final Seq<Field<RepairNotice>> REPAIR = List.of(
            new Field<>("applicationId", "修复申请编号", RepairNotice::applicationId),
            new Field<>("recordId", "记录编号", notice -> notice.recordId().toString()),
            new Field<>("providerCode", "提供单位", RepairNotice::providerCode),
            new Field<>("proofNumber", "修复证明编号", RepairNotice::proofNumber),
            new Field<>("issuedOn", "出具日期", notice -> String.valueOf(notice.issuedOn())),
            new Field<>("delistBy", "停止公示期限", notice -> String.valueOf(notice.delistBy())));

    static final Seq<Field<RecordUpdate>> UPDATE = List.of(
            new Field<>("idempotencyKey", "更新编号", RecordUpdate::idempotencyKey),
            new Field<>("recordId", "记录编号", update -> update.recordId().toString()),
            new Field<>("actEndedOn", "失信行为结束日期", RecordUpdate::actEndedOn),
            new Field<>("publicNoticeIssued", "已公告", update -> String.valueOf(update.publicNoticeIssued())),
            new Field<>("severity", "严重程度", RecordUpdate::severity),
            new Field<>("evidenceReference", "证据", RecordUpdate::evidenceReference),
            new Field<>("updatedOn", "更新日期", update -> String.valueOf(update.updatedOn())));

    private ExchangeColumns() {
    }

    /** The lines as RFC 4180 CSV in UTF-8, the headers first; a missing value is an empty cell. */
    static <T> byte[] csv(Seq<Field<T>> columns, Seq<T> lines) {
        StringBuilder text = new StringBuilder(columns.map(field -> cell(field.header())).mkString(",")).append("\r\n");
        for (T line : lines) {
            text.append(columns.map(field -> cell(field.value().apply(line))).mkString(",")).append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(String value) {
        String text = value == null ? "" : value;
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
