package org.sicredit.application.service;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.sicredit.application.access.Caller;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;
import org.sicredit.domain.text.TextRules;

import java.lang.reflect.RecordComponent;
import java.util.Comparator;

/**
 * Runs a command's jakarta.validation constraints before a service does anything, and turns the first violation
 * (by field) into a rejection with a stable code: {@code COMMAND_REQUIRED}, {@code COMMAND_SIZE},
 * {@code COMMAND_INVALID}.
 */
final class CommandCheck {

    private final Validator validator;

    CommandCheck(Validator validator) {
        this.validator = validator;
    }

    <T> Either<Rejection, T> check(T command) {
        if (command == null) {
            return Either.left(Rejection.of(RejectionCodes.COMMAND_REQUIRED, "command", "", "请求不能为空", "A request is required"));
        }
        return checked(command, "").flatMap(CommandCheck::plainText);
    }

    /**
     * Every text of a command — its strings, its list of strings, its caller's id — free of control characters (line
     * breaks and tabs aside), NUL and unpaired surrogates ({@code TEXT_FORBIDDEN_CHARACTER}). A draft a command
     * carries is the domain's to check, row by row.
     */
    private static <T> Either<Rejection, T> plainText(T command) {
        if (!command.getClass().isRecord()) {
            return Either.right(command);
        }
        for (RecordComponent component : command.getClass().getRecordComponents()) {
            Object value = read(component, command);
            String field = component.getName();
            Option<Rejection> refused = value instanceof Caller caller ? refused(caller.actorId(), "caller.actorId")
                    : value instanceof String text ? refused(text, field)
                    : value instanceof java.util.List<?> items ? refusedItem(items, field)
                    : Option.none();
            if (refused.isDefined()) {
                return Either.left(refused.get());
            }
        }
        return Either.right(command);
    }

    private static Option<Rejection> refusedItem(java.util.List<?> items, String field) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof String text) {
                Option<Rejection> refused = refused(text, field + "[" + i + "]");
                if (refused.isDefined()) {
                    return refused;
                }
            }
        }
        return Option.none();
    }

    private static Option<Rejection> refused(String text, String field) {
        return TextRules.forbidden(text).map(what -> Rejection.of(RejectionCodes.TEXT_FORBIDDEN_CHARACTER, field, "",
                field + "含有不允许的字符（" + what + "）", field + " holds a character it may not (" + what + ")"));
    }

    private static Object read(RecordComponent component, Object command) {
        try {
            return component.getAccessor().invoke(command);
        } catch (ReflectiveOperationException unreadable) {
            throw new IllegalStateException("a command's component cannot be read: " + component.getName(),
                    unreadable);
        }
    }

    /** One item of a command that streams its items, reported under {@code path} (such as {@code rows[41]}). */
    <T> Either<Rejection, T> checkItem(T item, String path) {
        if (item == null) {
            return Either.left(Rejection.of(RejectionCodes.COMMAND_REQUIRED, path, "", path + "不能为空", path + " is required"));
        }
        return checked(item, path + ".");
    }

    private <T> Either<Rejection, T> checked(T command, String prefix) {
        return List.ofAll(validator.validate(command))
                .sorted(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString())
                        .thenComparing(CommandCheck::rank)
                        .thenComparing(v -> v.getConstraintDescriptor().getAnnotation().annotationType().getName()))
                .headOption()
                .map(violation -> rejection(violation, prefix + violation.getPropertyPath()))
                .<Either<Rejection, T>>map(Either::left)
                .getOrElse(Either.right(command));
    }

    /** A field both missing and too long (blank, at great length) is told it is missing: the same answer every time. */
    private static int rank(ConstraintViolation<?> violation) {
        return switch (violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()) {
            case "NotNull", "NotBlank", "NotEmpty" -> 0;
            case "Size" -> 1;
            default -> 2;
        };
    }

    private static Rejection rejection(ConstraintViolation<?> violation, String field) {
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> Rejection.of(RejectionCodes.COMMAND_REQUIRED, field, "",
                    field + "不能为空", field + " is required");
            case "Size" -> Rejection.of(RejectionCodes.COMMAND_SIZE, field, "",
                    field + "的数量超出允许范围（" + violation.getMessage() + "）",
                    field + " has too many or too few items (" + violation.getMessage() + ")");
            default -> Rejection.of(RejectionCodes.COMMAND_INVALID, field, "",
                    field + "的值不符合要求", field + " is not valid: " + violation.getMessage());
        };
    }
}
