package org.sicredit.application.service;

import io.vavr.collection.List;
import io.vavr.control.Either;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;

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
        return checked(command, "");
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
                .sorted(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
                .headOption()
                .map(violation -> rejection(violation, prefix + violation.getPropertyPath()))
                .<Either<Rejection, T>>map(Either::left)
                .getOrElse(Either.right(command));
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
