package nl.rmt.intake.store;

import static nl.rmt.intake.store.AttributeValues.fromJson;
import static nl.rmt.intake.store.AttributeValues.n;
import static nl.rmt.intake.store.AttributeValues.s;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import nl.rmt.intake.application.EmailQuota;
import nl.rmt.intake.application.IdempotencyRecord;
import nl.rmt.intake.application.NewCase;
import nl.rmt.intake.application.OutboxMessage;
import nl.rmt.intake.domain.casefile.CaseStatus;
import nl.rmt.intake.domain.casefile.StatusChange;
import nl.rmt.intake.domain.form.IntakeForm;
import nl.rmt.intake.domain.form.PersonalDetails;
import nl.rmt.intake.domain.routing.Recipient;
import nl.rmt.intake.json.DecisionView;
import nl.rmt.intake.json.Json;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The items a case is stored as. Personal data sits only in the case item's {@code person} and {@code remarks}
 * attributes (and in outbox bodies until sent), so erasure is a matter of removing those.
 */
final class CaseItems {

    static final String STATUS = "status";
    static final String PERSON = "person";
    static final String REMARKS = "remarks";
    /** Under the decision's {@code region}: where the person lives. */
    static final String HOME_MUNICIPALITY = "homeMunicipality";
    static final String DECISION = "decision";
    static final String CONFIRMATION = "confirmation";
    static final String ROUND = "round";
    static final String ASSIGNMENTS = "assignments";
    static final String AWAITING_PK = "gsi2pk";
    static final String AWAITING_SK = "gsi2sk";
    static final String AWAITING_ACCEPTANCE = "AWAITING_ACCEPTANCE";
    /**
     * The sparse retention index (gsi3): every case whose personal data is still there, under OPEN by the time it
     * was submitted, or under CLOSED by the time it closed. The retention run reads only what is due.
     */
    static final String RETENTION_PK = "gsi3pk";
    static final String RETENTION_SK = "gsi3sk";
    static final String RETENTION_OPEN = "RETENTION#OPEN";
    static final String RETENTION_CLOSED = "RETENTION#CLOSED";
    /**
     * The sparse delivery index (gsi4): outbox messages while they wait to be sent (the sweeper's partition), and
     * cases needing their desk's attention, per region. Sending, parking or discarding a message removes it.
     */
    static final String DELIVERY_INDEX = "gsi4";
    static final String DELIVERY_PK = "gsi4pk";
    static final String DELIVERY_SK = "gsi4sk";
    static final String OUTBOX_WAITING = "OUTBOX#PENDING";
    static final String ATTENTION_PREFIX = "ATTENTION#";
    static final String ATTENTION = "attention";
    static final String OUTBOX_PENDING = "PENDING";
    /** The confirmation is not sent: the address had its emails for the day. */
    static final String CONFIRMATION_WITHHELD = "WITHHELD";
    /** An outbox message that can never be delivered; its case is flagged for the desk. */
    static final String OUTBOX_FAILED = "FAILED";
    /** An outbox message that never went out because the person's data was erased first. */
    static final String OUTBOX_DISCARDED = "DISCARDED";
    /** A history entry's free text from a partner or desk: personal data, erased with the person. */
    static final String NOTE = "note";
    /** An idempotency key answers replays for a day, as long as a client reasonably retries. */
    static final long IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;

    private final UnaryOperator<String> queueNames;

    CaseItems(UnaryOperator<String> queueNames) {
        this.queueNames = queueNames;
    }

    Map<String, AttributeValue> caseItem(NewCase newCase) {
        IntakeForm form = newCase.form();
        var decision = newCase.decision();
        String region = decision.region().caseRegion().code();
        Map<String, AttributeValue> item = new HashMap<>(Keys.caseKey(newCase.caseId()));
        item.put("type", s("CASE"));
        item.put("caseId", s(newCase.caseId()));
        item.put("reference", s(newCase.reference()));
        item.put(STATUS, s(CaseStatus.SUBMITTED.name()));
        item.put("region", s(region));
        item.put("submittedAt", s(newCase.submittedAt().toString()));
        item.put("updatedAt", s(newCase.submittedAt().toString()));
        item.put("version", n(1));
        item.put("language", s(form.person().language().code()));
        item.put("leadPartnerId", s(decision.lead().partner().id()));
        item.put("targetGroups", AttributeValue.fromL(
                decision.groups().stream().map(g -> s(g.group().name())).toList()));
        // The desk's case list (by region, newest first) reads this index.
        item.put("gsi1pk", s("REGION#" + region));
        item.put("gsi1sk", s(SortableInstant.ofCase(newCase.submittedAt(), newCase.caseId())));
        item.put(ROUND, n(1));
        // Update emails are recorded per routing round in this map, which must exist to be written into.
        item.put("emailUpdates", AttributeValue.fromM(Map.of()));
        item.put(ASSIGNMENTS, AttributeValue.fromM(assignments(decision, newCase.submittedAt())));
        item.putAll(awaitingAcceptance(decision.lead().partner(), newCase.submittedAt(), newCase.caseId()));
        if (newCase.confirmationWithheld()) {
            item.put(CONFIRMATION, AttributeValue.fromM(Map.of(STATUS, s(CONFIRMATION_WITHHELD),
                    "reason", s("DAILY_EMAIL_LIMIT"))));
        }
        if (newCase.reorganisation() != null) {
            var reorganisation = newCase.reorganisation();
            item.put("reorganisation", AttributeValue.fromM(Map.of(
                    "reorganisationId", s(reorganisation.reorganisationId()),
                    "employerName", s(reorganisation.employerName()),
                    "kvkNumber", s(reorganisation.kvkNumber()),
                    "sector", s(reorganisation.sector()),
                    "expectedNoticeDate", s(reorganisation.expectedNoticeDate().toString()))));
            // The reorganisation's funnel reads its cases' status and outcome from this index.
            item.putAll(ReorganisationItems.caseEntry(reorganisation.reorganisationId(), newCase.submittedAt(),
                    newCase.caseId()));
        }
        item.put(RETENTION_PK, s(RETENTION_OPEN));
        item.put(RETENTION_SK, s(SortableInstant.ofCase(newCase.submittedAt(), newCase.caseId())));
        return item;
    }

    /**
     * The form, the explained decision and who got the case at intake, apart from the case item: they never change
     * (erasure only removes from them), so the case item every later change rewrites stays within 1 KB. Stored
     * packed ({@link IntakePacking}).
     */
    Map<String, AttributeValue> intakeItem(NewCase newCase) {
        IntakeForm form = newCase.form();
        Map<String, AttributeValue> item = new HashMap<>(Keys.intakeKey(newCase.caseId()));
        item.put("type", s("INTAKE"));
        var decision = newCase.decision();
        item.put("deskRegion", s(decision.region().deskRegion().code()));
        item.put("rulesVersion", s(decision.rulesVersion()));
        item.put("partnerIds", AttributeValue.fromSs(new TreeSet<>(
                decision.recipients().stream().map(r -> r.partner().id()).toList()).stream().toList()));
        item.put("partnerTypes", AttributeValue.fromSs(new TreeSet<>(
                decision.recipients().stream().map(Recipient::partner).map(p -> p.type().name()).toList())
                .stream().toList()));
        item.put(PERSON, AttributeValue.fromM(person(form.person())));
        item.put("situation", fromJson(Json.MAPPER.valueToTree(form.situation())));
        item.put("needs", AttributeValue.fromL(form.needs().stream().sorted().map(need -> s(need.name())).toList()));
        item.put("consent", fromJson(Json.MAPPER.valueToTree(form.consent())));
        item.put(DECISION, fromJson(Json.MAPPER.valueToTree(
                DecisionView.of(decision, newCase.explanation(), queueNames))));
        return IntakePacking.packed(item, form.remarks());
    }

    /**
     * A case as its readers know it: the case item with its intake item's attributes. A case stored before the
     * two were apart has no intake item and holds them itself.
     */
    static Map<String, AttributeValue> whole(Map<String, AttributeValue> caseItem, Map<String, AttributeValue> intake) {
        if (intake == null || intake.isEmpty()) {
            return caseItem;
        }
        Map<String, AttributeValue> whole = new HashMap<>(IntakePacking.unpacked(intake));
        whole.putAll(caseItem);
        return whole;
    }

    /** Whether a case item still holds its form and decision itself, as cases stored before the intake item do. */
    static boolean holdsIntake(Map<String, AttributeValue> caseItem) {
        return caseItem.containsKey(DECISION);
    }

    /** Each partner's part in the case, keyed by partner id; the lead's status is the case's. */
    private static Map<String, AttributeValue> assignments(
            nl.rmt.intake.domain.routing.RoutingDecision decision, Instant at) {
        Map<String, AttributeValue> assignments = new LinkedHashMap<>();
        for (Recipient recipient : decision.recipients()) {
            assignments.put(recipient.partner().id(), assignment(recipient.role().name(), CaseStatus.ROUTED, 1, at));
        }
        return assignments;
    }

    static AttributeValue assignment(String role, CaseStatus status, int round, Instant at) {
        return AttributeValue.fromM(Map.of(
                "role", s(role), STATUS, s(status.name()), ROUND, n(round), "since", s(at.toString())));
    }

    /**
     * Puts a case whose lead must still accept into the sparse escalation index. The RMT desk is the end of
     * the line: a case it leads is never escalated, so it stays out of the index.
     */
    static Map<String, AttributeValue> awaitingAcceptance(
            nl.rmt.intake.domain.routing.Partner lead, Instant leadAssignedAt, String caseId) {
        if (lead.type() == nl.rmt.intake.domain.form.PartnerType.RMT) {
            return Map.of();
        }
        return Map.of(
                AWAITING_PK, s(AWAITING_ACCEPTANCE),
                AWAITING_SK, s(SortableInstant.ofCase(leadAssignedAt, caseId)));
    }

    private static Map<String, AttributeValue> person(PersonalDetails person) {
        Map<String, AttributeValue> fields = new LinkedHashMap<>();
        fields.put("givenName", s(person.givenName()));
        fields.put("familyName", s(person.familyName()));
        fields.put("email", s(person.email()));
        fields.put("dateOfBirth", s(person.dateOfBirth().toString()));
        fields.put("language", s(person.language().code()));
        if (person.phone() != null) {
            fields.put("phone", s(person.phone()));
        }
        if (person.postcode() != null) {
            fields.put("postcode", s(person.postcode()));
        }
        if (person.homeMunicipality() != null) {
            fields.put("homeMunicipality", s(person.homeMunicipality()));
        }
        return fields;
    }

    /**
     * A case's first history entry (the citizen's intake), which is not stored as an item of its own: the case item
     * records it, since its submission time never changes and every case starts so. A case stored with the entry as
     * an item (as earlier versions did) has it there.
     */
    static Map<String, AttributeValue> intakeHistoryEntry(Map<String, AttributeValue> caseItem) {
        String caseId = caseItem.get("caseId").s();
        Instant submittedAt = Instant.parse(caseItem.get("submittedAt").s());
        return historyItem(caseId, null, CaseStatus.SUBMITTED, "citizen", submittedAt, "intake form submitted", 0);
    }

    /** Whether a history item is the intake's entry, stored as an item by earlier versions. */
    static boolean isIntakeHistoryEntry(Map<String, AttributeValue> historyItem) {
        return !historyItem.containsKey("from") && CaseStatus.SUBMITTED.name().equals(historyItem.get("to").s());
    }

    static Map<String, AttributeValue> historyItem(String caseId, StatusChange change, int position) {
        Map<String, AttributeValue> item = historyItem(
                caseId, change.from(), change.to(), change.actor(), change.at(), change.reason(), position);
        if (change.note() != null) {
            item.put(NOTE, s(change.note()));
        }
        return item;
    }

    static Map<String, AttributeValue> historyItem(
            String caseId, CaseStatus from, CaseStatus to, String actor, Instant at, String reason, int position) {
        Map<String, AttributeValue> item = new HashMap<>(
                Keys.key(Keys.casePk(caseId), Keys.historySk(at, position, to.name())));
        item.put("type", s("HISTORY"));
        item.put("caseId", s(caseId));
        if (from != null) {
            item.put("from", s(from.name()));
        }
        item.put("to", s(to.name()));
        item.put("actor", s(actor));
        item.put("at", s(at.toString()));
        if (reason != null) {
            item.put("reason", s(reason));
        }
        return item;
    }

    static Map<String, AttributeValue> outboxItem(String caseId, OutboxMessage message, Instant createdAt) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.outboxKey(caseId, message.id()));
        item.put("type", s("OUTBOX"));
        item.put("caseId", s(caseId));
        item.put("outboxId", s(message.id()));
        item.put("kind", s(message.kind().name()));
        item.put("queue", s(message.queue()));
        item.put("groupId", s(message.groupId()));
        item.put("deduplicationId", s(message.deduplicationId()));
        item.put("body", AttributeValue.fromB(SdkBytes.fromByteArray(OutboxBodies.deflate(message.body()))));
        item.put(STATUS, s(OUTBOX_PENDING));
        item.put("createdAt", s(createdAt.toString()));
        item.put(DELIVERY_PK, s(OUTBOX_WAITING));
        item.put(DELIVERY_SK, s(SortableInstant.ofCase(createdAt, caseId) + "#" + message.id()));
        return item;
    }

    /**
     * Counts one confirmation email to an address on a day, unless the day's limit is reached (the condition then
     * fails and cancels the case's transaction). The counter expires with the TTL.
     */
    static Update countEmail(String table, EmailQuota quota, Instant now) {
        return Update.builder()
                .tableName(table)
                .key(Keys.key("EMAILQUOTA#" + quota.key(), "EMAILQUOTA"))
                .updateExpression("SET #count = if_not_exists(#count, :zero) + :one, #ttl = :ttl, #type = :type")
                .conditionExpression("attribute_not_exists(#count) OR #count < :limit")
                .expressionAttributeNames(Map.of("#count", "emails", "#ttl", "ttl", "#type", "type"))
                .expressionAttributeValues(Map.of(":zero", n(0), ":one", n(1), ":limit", n(quota.perDay()),
                        ":type", s("EMAILQUOTA"),
                        ":ttl", n(now.getEpochSecond() + EmailQuota.KEPT_DAYS * 24L * 60 * 60)))
                .build();
    }

    static Map<String, AttributeValue> referenceItem(String reference, String caseId) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.referenceKey(reference));
        item.put("type", s("REFERENCE"));
        item.put("caseId", s(caseId));
        return item;
    }

    static Map<String, AttributeValue> idempotencyItem(IdempotencyRecord record, Instant now) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.idempotencyKey(record.scope(), record.key()));
        item.put("type", s("IDEMPOTENCY"));
        item.put("fingerprint", s(record.fingerprint()));
        item.put("receipt", s(Json.write(record.receipt())));
        item.put("createdAt", s(now.toString()));
        item.put("ttl", n(now.getEpochSecond() + IDEMPOTENCY_TTL_SECONDS));
        return item;
    }
}
