package org.sicredit.application.contract;

import io.vavr.collection.List;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import org.sicredit.application.port.out.PlatformGatewayPort.ObjectionDecision;
import org.sicredit.application.port.out.PlatformGatewayPort.PlatformReport;
import org.sicredit.application.port.out.PlatformGatewayPort.Receipt;
import org.sicredit.application.port.out.PlatformGatewayPort.RecordUpdate;
import org.sicredit.application.port.out.PlatformGatewayPort.RepairNotice;
import org.sicredit.application.port.out.PlatformGatewayPort.ReportLine;
import org.sicredit.application.port.out.PlatformGatewayPort.Revocation;
import org.sicredit.application.port.out.PlatformGatewayPort;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link PlatformGatewayPort} must do, whatever carries the messages (memory, files, HTTP): acknowledge
 * every kind of message under its key; hold a message sent again once, answering with the first receipt; leave
 * nothing of a message whose delivery failed, and deliver it when it is sent again; hold one copy when rival relays
 * send it at once.
 */
public abstract class PlatformGatewayContract {

    /** The gateway under test, new for each test. */
    protected abstract PlatformGatewayPort gateway();

    /** How many distinct messages the receiving side holds now. */
    protected abstract int held();

    /** Makes the next delivery fail as an outage would, after it has begun. */
    protected abstract void failNextDelivery();

    static final RecordId RECORD = new RecordId(UUID.fromString("3f0c1a52-9d4e-4b7a-8a51-0c6f2b9e1d01"));

    protected static PlatformReport report(String key) {
        return new PlatformReport(key, YearMonth.of(2023, 6), List.of(
                new ReportLine(RECORD, "未按时足额缴纳社会保险费，被依法作出行政处罚决定", "2023-05-31", "沪人社监罚〔2023〕第0531号",
                        "上海示例贸易有限公司", "9131000013221158XC", "张三", "11010519491231002X", 1, "ORDINARY", "SHSI",
                        ""),
                new ReportLine(new RecordId(UUID.fromString("3f0c1a52-9d4e-4b7a-8a51-0c6f2b9e1d02")),
                        "伪造证明材料，\"骗取\"待遇,\r\n共计两次", "2023-05-20", "D-2", "李四", "440524188001010014", "", "",
                        4, "SERIOUS", "EP-01", "2023-06-01")));
    }

    /** One message of each kind, and how to send it. */
    static List<Function<PlatformGatewayPort, Either<Rejection, Receipt>>> everyKind(String key) {
        return List.of(
                gateway -> gateway.submit(report("report-" + key)),
                gateway -> gateway.informObjectionDecision(new ObjectionDecision("objection-" + key, RECORD, "UPHOLD",
                        "信息无误", LocalDate.of(2023, 7, 10))),
                gateway -> gateway.informRevocation(new Revocation(new RecordId(UUID.nameUUIDFromBytes(key.getBytes(
                        java.nio.charset.StandardCharsets.UTF_8))), "依法撤销", LocalDate.of(2023, 7, 10),
                        LocalDate.of(2023, 7, 13))),
                gateway -> gateway.informRepair(new RepairNotice("repair-" + key, RECORD, "SHSI", "P-1",
                        LocalDate.of(2023, 7, 10), LocalDate.of(2023, 7, 17))),
                gateway -> gateway.informRecordUpdate(new RecordUpdate("update-" + key, RECORD, "2023-07-01", false,
                        "ORDINARY", "补缴凭证", LocalDate.of(2023, 7, 10))));
    }

    @Test
    void every_kind_of_message_is_acknowledged_under_its_own_key() {
        PlatformGatewayPort gateway = gateway();

        List<Receipt> receipts = everyKind("a").map(send -> send.apply(gateway).get());

        assertThat(receipts.map(Receipt::idempotencyKey).take(2)).containsExactly("report-a", "objection-a");
        assertThat(receipts.get(0).lines()).isEqualTo(2);
        assertThat(receipts.map(Receipt::platformReference).distinct()).hasSize(5);
        assertThat(held()).isEqualTo(5);
    }

    @Test
    void a_message_sent_again_is_held_once_and_answered_with_the_first_receipt() {
        PlatformGatewayPort gateway = gateway();

        List<Receipt> first = everyKind("b").map(send -> send.apply(gateway).get());
        List<Receipt> again = everyKind("b").map(send -> send.apply(gateway).get());

        assertThat(again).isEqualTo(first);
        assertThat(held()).isEqualTo(5);
    }

    @Test
    void a_delivery_that_fails_leaves_nothing_of_its_message_and_sending_it_again_delivers_it() {
        PlatformGatewayPort gateway = gateway();
        for (Function<PlatformGatewayPort, Either<Rejection, Receipt>> send : everyKind("c")) {
            int before = held();
            failNextDelivery();

            Either<Rejection, Receipt> failed = send.apply(gateway);

            assertThat(failed.getLeft().code()).isEqualTo(RejectionCodes.PLATFORM_UNAVAILABLE);
            assertThat(held()).isEqualTo(before);
            assertThat(send.apply(gateway).isRight()).isTrue();
            assertThat(held()).isEqualTo(before + 1);
        }
    }

    @Test
    void rival_relays_sending_one_message_at_once_leave_one_copy_and_one_receipt() throws Exception {
        PlatformGatewayPort gateway = gateway();

        java.util.List<Either<Rejection, Receipt>> answers = Concurrently.each(
                java.util.List.of(1, 2, 3, 4, 5, 6, 7, 8), rival -> gateway.submit(report("report-d")));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.isRight()).isTrue());
        assertThat(answers.stream().map(answer -> answer.get().platformReference()).distinct()).hasSize(1);
        assertThat(held()).isEqualTo(1);
    }
}
