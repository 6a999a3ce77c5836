package org.sicredit.adapters.http.in;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.sicredit.application.access.Permission;
import org.sicredit.domain.rejection.Rejection;

import java.util.Objects;

/**
 * One operation of the API, described once: what Javalin routes, and what the OpenAPI document says — the method, the
 * path, the parameters, the body it reads, what it answers, and the permission of the application's access table it
 * needs (the document lists the roles the table grants it; the adapter keeps no table of its own).
 */
record Operation(String method, String path, String id, String tag, String summary, Option<Permission> permission,
                 boolean authenticated, List<Param> params, Option<Class<?>> body, List<String> uploadTypes,
                 int status, Option<Class<?>> response, List<String> responseTypes, boolean versioned,
                 Handler handler) {

    /** The work of an operation; a rejection becomes a problem, a reply is written as it is. */
    @FunctionalInterface
    interface Handler {
        Either<Rejection, Reply> handle(Exchange exchange) throws java.io.IOException;
    }

    /** A path or query parameter as the document describes it. */
    record Param(String name, boolean inPath, String type, Option<String> format, Option<String> pattern,
                 boolean required, String description, List<String> values) {

        static Param path(String name, String description) {
            return new Param(name, true, "string", Option.none(), Option.none(), true, description, List.empty());
        }

        static Param query(String name, String type, boolean required, String description) {
            return new Param(name, false, type, Option.none(), Option.none(), required, description, List.empty());
        }

        Param format(String value) {
            return new Param(name, inPath, type, Option.some(value), pattern, required, description, values);
        }

        Param pattern(String value) {
            return new Param(name, inPath, type, format, Option.some(value), required, description, values);
        }

        Param oneOf(String... choices) {
            return new Param(name, inPath, type, format, pattern, required, description, List.of(choices));
        }
    }

    static Builder get(String path, String id) {
        return new Builder("GET", path, id);
    }

    static Builder post(String path, String id) {
        return new Builder("POST", path, id);
    }

    boolean isPost() {
        return method.equals("POST");
    }

    /** Builds an operation: a tag and a summary, then what it needs, reads and answers, then its handler. */
    static final class Builder {

        private final String method;
        private final String path;
        private final String id;
        private String tag = "";
        private String summary = "";
        private Option<Permission> permission = Option.none();
        private boolean authenticated = true;
        private List<Param> params = List.empty();
        private Option<Class<?>> body = Option.none();
        private List<String> uploadTypes = List.empty();
        private int status = 200;
        private Option<Class<?>> response = Option.none();
        private List<String> responseTypes = List.of(Json.MEDIA_TYPE);
        private boolean versioned;

        private Builder(String method, String path, String id) {
            this.method = method;
            this.path = path;
            this.id = id;
        }

        Builder tag(String value) {
            this.tag = value;
            return this;
        }

        Builder summary(String value) {
            this.summary = value;
            return this;
        }

        /** The permission of the access table the use case checks; the document lists the roles that hold it. */
        Builder needs(Permission value) {
            this.permission = Option.some(value);
            return this;
        }

        Builder open() {
            this.authenticated = false;
            return this;
        }

        Builder param(Param value) {
            this.params = params.append(value);
            return this;
        }

        Builder paged() {
            return param(Param.query("limit", "integer", false, "At most this many items (1–500, default 50)"))
                    .param(Param.query("cursor", "string", false, "The nextCursor of the previous page"));
        }

        Builder body(Class<?> type) {
            this.body = Option.some(type);
            return this;
        }

        Builder upload(String... mediaTypes) {
            this.uploadTypes = List.of(mediaTypes);
            return this;
        }

        Builder answers(int code, Class<?> type) {
            this.status = code;
            this.response = Option.some(type);
            return this;
        }

        /** Answers files too, of these media types, chosen by the request's Accept header. */
        Builder alsoAnswers(String... mediaTypes) {
            this.responseTypes = responseTypes.appendAll(List.of(mediaTypes));
            return this;
        }

        /** Takes If-Match (the version read) and answers an ETag. */
        Builder versioned() {
            this.versioned = true;
            return this;
        }

        Operation handle(Handler handler) {
            return new Operation(method, path, id, tag, summary, permission, authenticated, params, body, uploadTypes,
                    status, response, responseTypes, versioned, Objects.requireNonNull(handler, "handler"));
        }
    }
}
