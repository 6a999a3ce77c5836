package org.sicredit.domain.record;

import java.util.Objects;

/** Who did something: a person or system id and the role it acted in. */
public record Actor(String id, ActorRole role) {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        if (id.isBlank()) {
            throw new IllegalArgumentException("an actor has an id");
        }
    }

    public static Actor system(String job) {
        return new Actor(job, ActorRole.SYSTEM);
    }
}
