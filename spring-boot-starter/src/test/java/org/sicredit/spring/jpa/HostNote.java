package org.sicredit.spring.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A JPA service's own entity, written in the same transaction as a collected submission. */
@Entity
@Table(name = "host_note")
public class HostNote {

    @Id
    private Long id;

    private String text;

    protected HostNote() {
    }

    public HostNote(Long id, String text) {
        this.id = id;
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public String getText() {
        return text;
    }
}
