package org.sicredit.application.access;

import io.vavr.control.Option;
import jakarta.validation.constraints.Size;
import org.sicredit.domain.record.Actor;
import org.sicredit.domain.record.ActorRole;
import org.sicredit.domain.subject.SubjectIdentifier;
import org.sicredit.domain.text.Limits;

import java.util.Objects;

/**
 * The person or system behind a call: an id, a role, for a provider's staff the provider's code, and for a subject
 * the identifier it is. sicredit trusts a caller as given, so an embedder builds one only after it has
 * <ul>
 *     <li>authenticated the person or system ({@code actorId} is who it is, as the audit trail will say);</li>
 *     <li>granted the role by its own authorisation (an HRSS department's officer is {@code PROVIDER} or
 *     {@code BUREAU}; the Centre's desk {@code CENTRE}; a scheduler {@code SYSTEM});</li>
 *     <li>for a provider, verified that the person works for {@code providerCode};</li>
 *     <li>for a subject, verified that the person is, or legally acts for, the subject of {@code subject} (real-name
 *     authentication on the government portal, a licence checked at a counter) — a subject sees and acts on its own
 *     records only.</li>
 * </ul>
 */
public record Caller(@Size(max = Limits.ACTOR_ID) String actorId, ActorRole role, Option<String> providerCode,
                     Option<SubjectIdentifier> subject) {

    public Caller {
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(providerCode, "providerCode");
        Objects.requireNonNull(subject, "subject");
        if (actorId.isBlank() || (role == ActorRole.PROVIDER) != providerCode.isDefined()) {
            throw new IllegalArgumentException("a caller has an id, and a provider code exactly when it is a provider");
        }
        if ((role == ActorRole.SUBJECT) != subject.isDefined()) {
            throw new IllegalArgumentException("a caller names the subject it is exactly when it is a subject");
        }
    }

    /** A caller that is not a subject. */
    public Caller(String actorId, ActorRole role, Option<String> providerCode) {
        this(actorId, role, providerCode, Option.none());
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

    /** The subject itself — verified to be the holder of {@code identifier} — e.g. on a portal. */
    public static Caller subject(String actorId, SubjectIdentifier identifier) {
        return new Caller(actorId, ActorRole.SUBJECT, Option.none(), Option.some(identifier));
    }

    public static Caller system(String job) {
        return new Caller(job, ActorRole.SYSTEM, Option.none());
    }

    /** Counter staff of an HRSS department: looks subjects up (always with a purpose), and nothing else. */
    public static Caller officer(String actorId) {
        return new Caller(actorId, ActorRole.OFFICER, Option.none());
    }

    /** An auditor: reads the audit trail, and nothing else. */
    public static Caller auditor(String actorId) {
        return new Caller(actorId, ActorRole.AUDITOR, Option.none());
    }

    public Actor actor() {
        return new Actor(actorId, role);
    }

    public boolean actsFor(String provider) {
        return providerCode.contains(provider);
    }

    /** Whether a subject caller is the subject of {@code identifier}; always false for other roles. */
    public boolean is(SubjectIdentifier identifier) {
        return subject.exists(own -> own.identity().equals(identifier.identity()));
    }

    @Override
    public String toString() {
        return "Caller[" + actorId + ", " + role + providerCode.map(code -> ", " + code).getOrElse("")
                + subject.map(identifier -> ", " + identifier.masked()).getOrElse("") + "]";
    }
}
