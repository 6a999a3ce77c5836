package org.sicredit.adapters.http.in;

import io.vavr.control.Option;

/** What an operation answers: a status, a body already written, its media type, and the ETag and Location if any. */
record Reply(int status, String mediaType, byte[] body, Option<String> entityTag, Option<String> location,
             Option<String> contentDisposition) {

    static Reply json(int status, Object body) {
        return new Reply(status, Json.MEDIA_TYPE, Json.write(body), Option.none(), Option.none(), Option.none());
    }

    static Reply ok(Object body) {
        return json(200, body);
    }

    static Reply file(String mediaType, byte[] body, String fileName) {
        return new Reply(200, mediaType, body, Option.none(), Option.none(),
                Option.some("attachment; filename=\"" + fileName + "\""));
    }

    /** The same reply with the entity tag of an aggregate's version, the value an If-Match sends back. */
    Reply version(long version) {
        return new Reply(status, mediaType, body, Option.some(Versions.entityTag(version)), location,
                contentDisposition);
    }

    Reply at(String path) {
        return new Reply(status, mediaType, body, entityTag, Option.some(path), contentDisposition);
    }
}
