package org.sicredit.adapters.http.in;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.vavr.control.Either;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;

import java.io.IOException;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;

/**
 * JSON as the API reads and writes it: strict on the way in — an unknown field, a duplicate key, a string where a
 * number belongs, a number where a string belongs, a fraction for an integer, trailing content, a date that does not
 * exist, nesting deeper than 32, a number longer than 40 digits are each a rejection naming the field — and plain on
 * the way out: ISO-8601 dates, absent values left out.
 */
final class Json {

    static final String MEDIA_TYPE = "application/json";

    private static final ObjectMapper MAPPER = mapper();

    private Json() {
    }

    static ObjectMapper mapper() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.NON_NULL))
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32)
                .maxNumberLength(40).maxStringLength(1_000_000).build());
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Collection).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.configure(JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION, false);
        return mapper;
    }

    static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a response of the API could not be written as JSON", e);
        }
    }

    /** The body read as {@code type}, or a rejection that names the field and says what was wrong, never echoing it. */
    static <T> Either<Rejection, T> read(byte[] body, Class<T> type) {
        if (body.length == 0) {
            return Either.left(Rejection.of(RejectionCodes.REQUEST_BODY_REQUIRED, "body", "", "请求须带 JSON 正文",
                    "The request needs a JSON body"));
        }
        try {
            T value = MAPPER.readValue(body, type);
            return value == null ? Either.left(Rejection.of(RejectionCodes.REQUEST_BODY_REQUIRED, "body", "", "请求须带 JSON 正文",
                    "The request needs a JSON body")) : Either.right(value);
        } catch (UnrecognizedPropertyException e) {
            return Either.left(Rejection.of(RejectionCodes.REQUEST_UNKNOWN_FIELD, field(e), "",
                    "请求中有它没有的字段", "The request has no such field"));
        } catch (InvalidFormatException e) {
            boolean date = e.getCause() instanceof DateTimeParseException || e.getTargetType() != null
                    && e.getTargetType().getName().startsWith("java.time");
            return Either.left(date
                    ? Rejection.of(RejectionCodes.REQUEST_DATE, field(e), "", "不是存在的日期（应为 YYYY-MM-DD）",
                            "Not a date that exists (YYYY-MM-DD expected)")
                    : Rejection.of(RejectionCodes.REQUEST_VALUE_TYPE, field(e), "", "值的类型不对", "A value of the wrong type"));
        } catch (MismatchedInputException e) {
            return Either.left(Rejection.of(RejectionCodes.REQUEST_VALUE_TYPE, field(e), "", "值的类型不对或缺少",
                    "A value of the wrong type, or missing"));
        } catch (JsonMappingException e) {
            boolean date = e.getCause() instanceof DateTimeParseException;
            return Either.left(date
                    ? Rejection.of(RejectionCodes.REQUEST_DATE, field(e), "", "不是存在的日期（应为 YYYY-MM-DD）",
                            "Not a date that exists (YYYY-MM-DD expected)")
                    : Rejection.of(RejectionCodes.REQUEST_VALUE_TYPE, field(e), "", "值的类型不对", "A value of the wrong type"));
        } catch (IOException e) {
            return Either.left(Rejection.of(RejectionCodes.REQUEST_JSON_MALFORMED, "body", "", "正文不是格式正确的 JSON",
                    "The body is not well-formed JSON"));
        }
    }

    /** The path of the field a mapping failure is about, as {@code rows[3].subject.name}. */
    private static String field(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? "." + reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining());
        String field = (path.startsWith(".") ? path.substring(1) : path).replaceAll("[^A-Za-z0-9_.\\[\\]]", "?");
        return field.isEmpty() ? "body" : field.length() > 100 ? field.substring(0, 100) : field;
    }
}
