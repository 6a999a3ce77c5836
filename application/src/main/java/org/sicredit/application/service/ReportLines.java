package org.sicredit.application.service;

import org.sicredit.application.port.out.PlatformGatewayPort.ReportLine;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.record.RecordContent;

import java.time.LocalDate;

/** A record as one line of the Platform report, with exactly the fields of 沪人社规〔2018〕30号 第七条. */
final class ReportLines {

    private ReportLines() {
    }

    static ReportLine line(DishonestyRecord record) {
        RecordContent content = record.content();
        return new ReportLine(record.id(), content.cause(), content.actDate().toString(), content.documentNumber(),
                content.subject().name().value(), content.subject().identifier().value(),
                content.legalRepresentative().map(representative -> representative.name().value()).getOrNull(),
                content.legalRepresentative().map(representative -> representative.residentIdNumber().value())
                        .getOrNull(),
                content.category().item(), record.classification().severity().name(), record.provider().code(),
                content.actEndedOn().map(LocalDate::toString).getOrElse(""));
    }
}
