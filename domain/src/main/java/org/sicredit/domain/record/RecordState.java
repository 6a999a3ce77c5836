package org.sicredit.domain.record;

import java.time.LocalDate;
import java.time.YearMonth;

/** Where a record stands. Revoked, repaired and expired records never change again. */
public sealed interface RecordState {

    default boolean isFinal() {
        return false;
    }

    /** The state's name for a person reading a message. */
    String nameZh();

    /** A stable code for the state, for storage, statistics and machines: {@code COLLECTED}, {@code REPORTED}… */
    String code();

    /** Collected by its provider, not yet in a monthly submission. */
    record Collected() implements RecordState {
        @Override
        public String code() {
            return "COLLECTED";
        }

        @Override
        public String nameZh() {
            return "已采集";
        }
    }

    /** In the provider's submission for {@code period} to the Bureau (第七条第一款). */
    record Submitted(YearMonth period) implements RecordState {
        @Override
        public String code() {
            return "SUBMITTED";
        }

        @Override
        public String nameZh() {
            return "已报送市人力资源社会保障局";
        }
    }

    /** Reported to the Platform (第七条第二款). */
    record Reported(YearMonth period) implements RecordState {
        @Override
        public String code() {
            return "REPORTED";
        }

        @Override
        public String nameZh() {
            return "已报送市公共信用信息服务平台";
        }
    }

    /** Reported and marked by the Centre as under objection (上海市社会信用条例 第三十六条). */
    record UnderObjection(YearMonth period, String objectionId) implements RecordState {
        @Override
        public String code() {
            return "UNDER_OBJECTION";
        }

        @Override
        public String nameZh() {
            return "异议处理中";
        }
    }

    /** The act behind it was annulled (上海市社会信用条例 第三十七条). */
    record Revoked(LocalDate revokedOn, String reason) implements RecordState {
        @Override
        public String code() {
            return "REVOKED";
        }

        @Override
        public String nameZh() {
            return "已撤销";
        }

        @Override
        public boolean isFinal() {
            return true;
        }
    }

    /** Credit repaired: the provider issued its written proof (第十条; 上海市社会信用条例 第三十八条). */
    record Repaired(LocalDate repairedOn, String proofNumber) implements RecordState {
        @Override
        public String code() {
            return "REPAIRED";
        }

        @Override
        public String nameZh() {
            return "已信用修复";
        }

        @Override
        public boolean isFinal() {
            return true;
        }
    }

    /** Past its query period (上海市社会信用条例 第三十五条): provided to no one any more. */
    record Expired(LocalDate expiredOn) implements RecordState {
        @Override
        public String code() {
            return "EXPIRED";
        }

        @Override
        public String nameZh() {
            return "已超过查询期限";
        }

        @Override
        public boolean isFinal() {
            return true;
        }
    }
}
