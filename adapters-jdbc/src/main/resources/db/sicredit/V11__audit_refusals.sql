-- A refused lookup is audited too, with the code of its refusal: "who tried to look at this person?" is answerable.
ALTER TABLE audit_entry ADD COLUMN refusal_code VARCHAR(64);
