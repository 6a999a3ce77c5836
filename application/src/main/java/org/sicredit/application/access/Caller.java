package org.sicredit.application.access;

import io.vavr.control.Option;
import org.sicredit.domain.record.Actor;
import org.sicredit.domain.record.ActorRole;

import java.util.Objects;

/** The person or system behind a call: an id, a role, and for a provider's staff the provider's code. */
public record Caller(String actorId, ActorRole role, Option<String> providerCode) {

    public Caller {
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(providerCode, "providerCode");
        if (actorId.isBlank() || (role == ActorRole.PROVIDER) != providerCode.isDefined()) {
            throw new IllegalArgumentException("a caller has an id, and a provider code exactly when it is a provider");
        }
    }

    public static Caller provider(String actorId, String providerCode) {
        return new Caller(actorId, ActorRole.PROVIDER, Option.some(providerCode));
    }

    public static Caller bureau(String actorId) {
        return new Caller(actorId, ActorRole.BUREAU, Option.none());
    }

    public static Caller centre(String actorId) {
        return new Caller(actorId, ActorRole.CENTRE, Option.none());
    }

    /** The subject itself (an organisation by its credit code, a person by an account id), e.g. on a portal. */
    public static Caller subject(String actorId) {
        return new Caller(actorId, ActorRole.SUBJECT, Option.none());
    }

    public static Caller system(String job) {
        return new Caller(job, ActorRole.SYSTEM, Option.none());
    }

    public Actor actor() {
        return new Actor(actorId, role);
    }

    public boolean actsFor(String provider) {
        return providerCode.contains(provider);
    }
}
