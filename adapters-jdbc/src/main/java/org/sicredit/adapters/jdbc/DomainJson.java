package org.sicredit.adapters.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.sicredit.domain.objection.ObjectionEvent;
import org.sicredit.domain.objection.ObjectionId;
import org.sicredit.domain.objection.ObjectionStep;
import org.sicredit.domain.policy.AmountKind;
import org.sicredit.domain.policy.Category;
import org.sicredit.domain.policy.PolicyBook;
import org.sicredit.domain.policy.Scheme;
import org.sicredit.domain.record.Actor;
import org.sicredit.domain.record.ActorRole;
import org.sicredit.domain.record.Providers;
import org.sicredit.domain.record.RecordContent;
import org.sicredit.domain.record.RecordEvent;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.repair.Evidence;
import org.sicredit.domain.repair.RepairApplicationId;
import org.sicredit.domain.repair.RepairEvent;
import org.sicredit.domain.repair.RepairGround;
import org.sicredit.domain.repair.RepairProof;
import org.sicredit.domain.subject.IdentityDocument;
import org.sicredit.domain.subject.Individual;
import org.sicredit.domain.subject.LegalRepresentative;
import org.sicredit.domain.subject.Organisation;
import org.sicredit.domain.subject.OrganisationIdentifier;
import org.sicredit.domain.subject.PersonalIdentifier;
import org.sicredit.domain.subject.ResidentIdNumber;
import org.sicredit.domain.subject.Subject;
import org.sicredit.domain.subject.SubjectKind;
import org.sicredit.domain.subject.SubjectName;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Histories and evidence as JSON: written field by field and read back through the domain's constructors and
 * parsers, never by reflection into an aggregate. Record histories hold personal numbers; the record store seals
 * them before they reach a column.
 */
final class DomainJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final int CATEGORIES_KEPT = 256;

    private final PolicyBook book;
    private final java.util.Map<String, Category> readCategories = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<Category, String> writtenCategories =
            new java.util.concurrent.ConcurrentHashMap<>();

    DomainJson(PolicyBook book) {
        this.book = book;
    }

    // ---- record histories -------------------------------------------------------------------------------------

    String recordHistory(Seq<RecordEvent> history) {
        ArrayNode array = MAPPER.createArrayNode();
        history.forEach(event -> array.add(recordEvent(event)));
        return text(array);
    }

    Seq<RecordEvent> recordHistory(String json) {
        return List.ofAll(tree(json)).map(this::recordEvent);
    }

    private ObjectNode recordEvent(RecordEvent event) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("recordId", event.recordId().toString());
        node.put("at", event.at().toString());
        actor(node, event.actor());
        if (event instanceof RecordEvent.RecordCollected e) {
            node.put("type", "COLLECTED").set("content", content(e.content()));
        } else if (event instanceof RecordEvent.RecordSubmitted e) {
            node.put("type", "SUBMITTED").put("period", e.period().toString());
        } else if (event instanceof RecordEvent.RecordReported e) {
            node.put("type", "REPORTED").put("on", e.reportedOn().toString());
        } else if (event instanceof RecordEvent.ObjectionMarked e) {
            node.put("type", "OBJECTION_MARKED").put("objectionId", e.objectionId());
        } else if (event instanceof RecordEvent.RecordCorrected e) {
            node.put("type", "CORRECTED").put("objectionId", e.objectionId().getOrNull());
            node.set("previous", content(e.previous()));
            node.set("corrected", content(e.corrected()));
        } else if (event instanceof RecordEvent.RecordFactsAdded e) {
            node.put("type", "FACTS_ADDED").put("evidenceReference", e.evidenceReference());
            node.set("previous", content(e.previous()));
            node.set("updated", content(e.updated()));
        } else if (event instanceof RecordEvent.RecordUpheld e) {
            node.put("type", "UPHELD").put("objectionId", e.objectionId());
        } else if (event instanceof RecordEvent.RecordRevoked e) {
            node.put("type", "REVOKED").put("on", e.revokedOn().toString()).put("reason", e.reason());
        } else if (event instanceof RecordEvent.RecordRepaired e) {
            node.put("type", "REPAIRED").put("on", e.repairedOn().toString()).put("proofNumber", e.proofNumber());
        } else if (event instanceof RecordEvent.RecordExpired e) {
            node.put("type", "EXPIRED").put("on", e.expiredOn().toString());
        } else {
            throw new IllegalArgumentException("an event this store cannot write: " + event.getClass());
        }
        return node;
    }

    private RecordEvent recordEvent(JsonNode node) {
        RecordId id = RecordId.of(node.get("recordId").asText());
        Instant at = Instant.parse(node.get("at").asText());
        Actor actor = actor(node);
        return switch (node.get("type").asText()) {
            case "COLLECTED" -> new RecordEvent.RecordCollected(id, at, actor, content(node.get("content")));
            case "SUBMITTED" -> new RecordEvent.RecordSubmitted(id, at, actor, YearMonth.parse(node.get("period").asText()));
            case "REPORTED" -> new RecordEvent.RecordReported(id, at, actor, date(node, "on"));
            case "OBJECTION_MARKED" -> new RecordEvent.ObjectionMarked(id, at, actor, node.get("objectionId").asText());
            case "CORRECTED" -> new RecordEvent.RecordCorrected(id, at, actor, content(node.get("previous")),
                    content(node.get("corrected")), optionalText(node, "objectionId"));
            case "FACTS_ADDED" -> new RecordEvent.RecordFactsAdded(id, at, actor, content(node.get("previous")),
                    content(node.get("updated")), node.get("evidenceReference").asText());
            case "UPHELD" -> new RecordEvent.RecordUpheld(id, at, actor, node.get("objectionId").asText());
            case "REVOKED" -> new RecordEvent.RecordRevoked(id, at, actor, date(node, "on"), node.get("reason").asText());
            case "REPAIRED" -> new RecordEvent.RecordRepaired(id, at, actor, date(node, "on"),
                    node.get("proofNumber").asText());
            case "EXPIRED" -> new RecordEvent.RecordExpired(id, at, actor, date(node, "on"));
            default -> throw new IllegalStateException("a stored event of unknown type " + node.get("type"));
        };
    }

    // ---- record content ---------------------------------------------------------------------------------------

    private static ObjectNode content(RecordContent content) {
        ObjectNode node = MAPPER.createObjectNode();
        Subject subject = content.subject();
        node.put("subjectName", subject.name().value());
        node.put("subjectIdentifier", subject.identifier().value());
        if (subject instanceof Individual individual) {
            node.put("subjectIdDocument", individual.identifier().document().name());
        }
        if (subject instanceof Organisation organisation) {
            node.put("legalRepresentativeName", organisation.legalRepresentative().name().value());
            node.put("legalRepresentativeId", organisation.legalRepresentative().residentIdNumber().value());
        }
        node.put("category", content.category().item());
        node.set("categoryDefinition", categoryNode(content.category()));
        node.put("cause", content.cause());
        node.put("actDate", content.actDate().toString());
        node.put("actEndedOn", content.actEndedOn().map(LocalDate::toString).getOrNull());
        node.put("documentNumber", content.documentNumber());
        node.put("amount", content.amount().map(BigDecimal::toPlainString).getOrNull());
        node.put("publicNoticeIssued", content.publicNoticeIssued());
        node.put("obstructionSerious", content.obstructionSerious());
        node.put("fundSecurityHarm", content.fundSecurityHarm());
        node.put("administrationHarm", content.administrationHarm());
        node.put("scheme", content.scheme().name());
        return node;
    }

    private RecordContent content(JsonNode node) {
        LocalDate actDate = date(node, "actDate");
        SubjectName name = new SubjectName(node.get("subjectName").asText());
        String identifier = node.get("subjectIdentifier").asText();
        Subject subject = node.hasNonNull("legalRepresentativeName")
                ? new Organisation(name, stored(OrganisationIdentifier.parse(identifier)),
                new LegalRepresentative(new SubjectName(node.get("legalRepresentativeName").asText()),
                        residentIdNumber(node.get("legalRepresentativeId").asText())))
                : new Individual(name, personalIdentifier(optionalText(node, "subjectIdDocument").getOrNull(),
                        identifier));
        int item = node.get("category").asInt();
        Category category = node.hasNonNull("categoryDefinition") ? category(node.get("categoryDefinition"))
                : legacyCategory(actDate, item);
        boolean legacyHarm = node.path("otherSeriousHarm").asBoolean(false);
        return new RecordContent(subject, category, node.get("cause").asText(),
                actDate, optionalText(node, "actEndedOn").map(LocalDate::parse), node.get("documentNumber").asText(),
                optionalText(node, "amount").map(BigDecimal::new), node.get("publicNoticeIssued").asBoolean(),
                node.get("obstructionSerious").asBoolean(),
                node.has("fundSecurityHarm") ? node.get("fundSecurityHarm").asBoolean() : legacyHarm && item == 4,
                node.has("administrationHarm") ? node.get("administrationHarm").asBoolean() : legacyHarm && item == 6,
                Scheme.valueOf(node.get("scheme").asText()));
    }

    /**
     * A stored record's category as the Measure that decided it defined it: read from what was stored with the
     * record, so that a later edit of the policy never changes it. Only a record stored before V2 kept its category
     * text (and an event written before V2) has none, and is read from the Measure in force on its act date.
     */
    Category category(String storedText, LocalDate actDate, int item) {
        if (storedText == null) {
            return legacyCategory(actDate, item);
        }
        Category known = readCategories.get(storedText);
        return known != null ? known : remembered(readCategories, storedText, category(tree(storedText)));
    }

    /** A category as stored: every record of a category carries the same text, so it is written once and reused. */
    String categoryText(Category category) {
        String known = writtenCategories.get(category);
        return known != null ? known : remembered(writtenCategories, category, text(categoryNode(category)));
    }

    /** Keeps what was worked out, up to {@value #CATEGORIES_KEPT} entries: a Measure has a handful of categories. */
    private static <K, V> V remembered(java.util.Map<K, V> kept, K key, V value) {
        if (kept.size() < CATEGORIES_KEPT) {
            kept.putIfAbsent(key, value);
        }
        return value;
    }

    private Category legacyCategory(LocalDate actDate, int item) {
        return stored(book.measureOn(actDate).flatMap(measure -> measure.category(item)));
    }

    private static ObjectNode categoryNode(Category category) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("item", category.item());
        node.put("nameZh", category.nameZh());
        node.put("nameEn", category.nameEn());
        ArrayNode subjects = node.putArray("subjects");
        category.subjects().toList().map(Enum::name).sorted().forEach(subjects::add);
        node.put("amountKind", category.amountKind().name());
        node.put("amountRequired", category.amountRequired());
        node.put("legalBasis", category.legalBasis());
        return node;
    }

    private static Category category(JsonNode node) {
        return new Category(node.get("item").asInt(), node.get("nameZh").asText(), node.get("nameEn").asText(),
                io.vavr.collection.HashSet.ofAll(node.get("subjects")).map(s -> SubjectKind.valueOf(s.asText())),
                AmountKind.valueOf(node.get("amountKind").asText()), node.get("amountRequired").asBoolean(),
                node.get("legalBasis").asText());
    }

    /**
     * A stored individual's number of the stored document (none: a record stored before V4, a resident ID) — validated
     * when it was collected, so checked by the value's own constructor, not parsed anew.
     */
    static PersonalIdentifier personalIdentifier(String document, String stored) {
        try {
            return PersonalIdentifier.stored(document == null ? IdentityDocument.RESIDENT_ID
                    : IdentityDocument.valueOf(document), stored);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("a stored identity document number no longer passes the domain's rules",
                    e);
        }
    }

    static ResidentIdNumber residentIdNumber(String stored) {
        try {
            return new ResidentIdNumber(stored);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("a stored resident ID number no longer passes the domain's rules", e);
        }
    }

    static <T> T stored(Either<Rejection, T> parsed) {
        return parsed.getOrElseThrow(rejection -> new IllegalStateException(
                "a stored value no longer passes the domain's rules: " + rejection.code() + " " + rejection.field()));
    }

    // ---- objections -------------------------------------------------------------------------------------------

    String objectionHistory(Seq<ObjectionEvent> history) {
        ArrayNode array = MAPPER.createArrayNode();
        for (ObjectionEvent event : history) {
            ObjectNode node = array.addObject();
            node.put("objectionId", event.objectionId().value());
            node.put("recordId", event.recordId().toString());
            node.put("step", event.step().name());
            node.put("on", event.on().toString());
            node.put("at", event.at().toString());
            actor(node, event.actor());
            node.put("detail", event.detail().getOrNull());
        }
        return text(array);
    }

    Seq<ObjectionEvent> objectionHistory(String json) {
        return List.ofAll(tree(json)).map(node -> new ObjectionEvent(new ObjectionId(node.get("objectionId").asText()),
                RecordId.of(node.get("recordId").asText()), ObjectionStep.valueOf(node.get("step").asText()),
                date(node, "on"), Instant.parse(node.get("at").asText()), actor(node), optionalText(node, "detail")));
    }

    // ---- repair applications ----------------------------------------------------------------------------------

    String evidence(Seq<Evidence> evidence) {
        ArrayNode array = MAPPER.createArrayNode();
        evidence.forEach(item -> array.addObject().put("description", item.description())
                .put("receivedOn", item.receivedOn().toString()));
        return text(array);
    }

    Seq<Evidence> evidence(String json) {
        return List.ofAll(tree(json)).map(node -> new Evidence(node.get("description").asText(),
                date(node, "receivedOn")));
    }

    String repairHistory(Seq<RepairEvent> history) {
        ArrayNode array = MAPPER.createArrayNode();
        for (RepairEvent event : history) {
            ObjectNode node = array.addObject();
            node.put("applicationId", event.applicationId().value());
            node.put("recordId", event.recordId().toString());
            node.put("at", event.at().toString());
            actor(node, event.actor());
            if (event instanceof RepairEvent.RepairApplied e) {
                node.put("type", "APPLIED").put("ground", e.ground().name());
            } else if (event instanceof RepairEvent.EvidenceAdded e) {
                node.put("type", "EVIDENCE_ADDED").put("description", e.evidence().description())
                        .put("receivedOn", e.evidence().receivedOn().toString());
            } else if (event instanceof RepairEvent.RepairVerified e) {
                node.put("type", "VERIFIED").put("finding", e.finding());
            } else if (event instanceof RepairEvent.RepairProofIssued e) {
                node.put("type", "PROOF_ISSUED").put("number", e.proof().number())
                        .put("issuedOn", e.proof().issuedOn().toString()).put("provider", e.proof().provider().code());
            } else if (event instanceof RepairEvent.RepairRefused e) {
                node.put("type", "REFUSED").put("reason", e.reason());
            } else {
                throw new IllegalArgumentException("an event this store cannot write: " + event.getClass());
            }
        }
        return text(array);
    }

    Seq<RepairEvent> repairHistory(String json) {
        return List.ofAll(tree(json)).map(node -> {
            RepairApplicationId id = new RepairApplicationId(node.get("applicationId").asText());
            RecordId recordId = RecordId.of(node.get("recordId").asText());
            Instant at = Instant.parse(node.get("at").asText());
            Actor actor = actor(node);
            return switch (node.get("type").asText()) {
                case "APPLIED" -> new RepairEvent.RepairApplied(id, recordId, at, actor,
                        RepairGround.valueOf(node.get("ground").asText()));
                case "EVIDENCE_ADDED" -> new RepairEvent.EvidenceAdded(id, recordId, at, actor,
                        new Evidence(node.get("description").asText(), date(node, "receivedOn")));
                case "VERIFIED" -> new RepairEvent.RepairVerified(id, recordId, at, actor, node.get("finding").asText());
                case "PROOF_ISSUED" -> new RepairEvent.RepairProofIssued(id, recordId, at, actor, new RepairProof(
                        node.get("number").asText(), date(node, "issuedOn"),
                        stored(Providers.byCode(node.get("provider").asText()))));
                case "REFUSED" -> new RepairEvent.RepairRefused(id, recordId, at, actor, node.get("reason").asText());
                default -> throw new IllegalStateException("a stored event of unknown type " + node.get("type"));
            };
        });
    }

    // ---- shared -----------------------------------------------------------------------------------------------

    private static void actor(ObjectNode node, Actor actor) {
        node.put("actorId", actor.id()).put("actorRole", actor.role().name());
    }

    private static Actor actor(JsonNode node) {
        return new Actor(node.get("actorId").asText(), ActorRole.valueOf(node.get("actorRole").asText()));
    }

    private static LocalDate date(JsonNode node, String field) {
        return LocalDate.parse(node.get(field).asText());
    }

    private static Option<String> optionalText(JsonNode node, String field) {
        return node.hasNonNull(field) ? Option.some(node.get(field).asText()) : Option.none();
    }

    private static String text(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored JSON column does not parse", e);
        }
    }

}
