package org.sicredit.adapters.http.in;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;
import org.sicredit.domain.rejection.RejectionKind;
import org.sicredit.domain.subject.PersonalNumberMask;

import java.util.List;

/**
 * An error as {@code application/problem+json} (RFC 9457): the type and title of its kind, the HTTP status, the
 * detail in the caller's language, and the rejection's stable {@code code}, {@code field} and legal basis; a 500
 * carries the {@code errorId} the server's log line carries. Never a stack trace, a statement or a class name.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Problem(String type, String title, int status, String detail, String instance, String code, String field,
               @Opt String value, @Opt String legalBasis, @Opt String errorId, @Opt List<Problem.Item> errors) {

    static final String MEDIA_TYPE = "application/problem+json";

    /**
     * What the caller sent and a problem repeats — the path, a field's name, a value — is masked like any personal
     * number, whatever the rejection already did.
     */
    Problem {
        instance = PersonalNumberMask.maskWithin(instance);
        field = PersonalNumberMask.maskWithin(field);
        value = value == null ? null : PersonalNumberMask.maskWithin(value);
    }

    /** One more rejection of the same request, when it broke several rules at once. */
    record Item(String code, String field, @Opt String value, String detail, @Opt String legalBasis) {

        Item {
            field = PersonalNumberMask.maskWithin(field);
            value = value == null ? null : PersonalNumberMask.maskWithin(value);
        }
    }

    static Problem of(Rejection rejection, int status, String instance, Language language) {
        return of(rejection, status, instance, language, List.of());
    }

    static Problem of(Rejection rejection, int status, String instance, Language language, List<Rejection> more) {
        return new Problem("urn:sicredit:problem:" + kebab(rejection.code()), title(rejection.kind(), status, language),
                status, detail(rejection, language), instance, rejection.code(), rejection.field(),
                rejection.value().isEmpty() ? null : rejection.value(), rejection.legalBasis().getOrNull(), null,
                more.isEmpty() ? null : more.stream().map(r -> item(r, language)).toList());
    }

    static Problem fault(String errorId, String instance, Language language) {
        Rejection fault = Rejection.of(RejectionCodes.SERVER_FAULT, "request", "",
                "服务器内部故障，已记录在日志编号 " + errorId + " 下", "A fault of the server, logged under id " + errorId);
        Problem problem = of(fault, 500, instance, language);
        return new Problem(problem.type, problem.title, 500, problem.detail, instance, problem.code, problem.field,
                null, null, errorId, null);
    }

    static Item item(Rejection rejection, Language language) {
        return new Item(rejection.code(), rejection.field(), rejection.value().isEmpty() ? null : rejection.value(),
                detail(rejection, language), rejection.legalBasis().getOrNull());
    }

    private static String detail(Rejection rejection, Language language) {
        return language == Language.EN ? rejection.messageEn() : rejection.messageZh();
    }

    private static String kebab(String code) {
        return code.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static String title(RejectionKind kind, int status, Language language) {
        boolean en = language == Language.EN;
        if (status == 412) {
            return en ? "Changed since you read it" : "已被他人修改";
        }
        if (status == 429) {
            return en ? "Too many requests" : "请求过于频繁";
        }
        if (status == 413) {
            return en ? "Request too large" : "请求过大";
        }
        if (status == 400 || status == 415 || status == 405) {
            return en ? "Malformed request" : "请求格式错误";
        }
        if (status == 500) {
            return en ? "Server fault" : "服务器故障";
        }
        return switch (kind) {
            case INVALID -> en ? "The request breaks a rule" : "请求不符合规定";
            case NOT_FOUND -> en ? "Not found" : "未找到";
            case FORBIDDEN -> en ? "Not allowed" : "无权操作";
            case CONFLICT -> en ? "Not possible now" : "当前状态不允许";
            case UNAVAILABLE -> en ? "Unavailable for now" : "暂时无法处理";
            case UNAUTHENTICATED -> en ? "Not authenticated" : "未通过身份认证";
        };
    }
}
