package nl.rmt.intake.store;

import static nl.rmt.intake.store.AttributeValues.s;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.rmt.intake.application.StoredReorganisation;
import nl.rmt.intake.domain.casefile.CaseStatus;
import nl.rmt.intake.domain.feedback.Outcome;
import nl.rmt.intake.domain.monitoring.MonitoredReorganisation;
import nl.rmt.intake.domain.reorganisation.FunnelCase;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A reorganisation's items: {@code REORGANISATION#<id>} holds it (its contact person only while it is open), and
 * {@code INVITATION#<code>} keeps codes unique and leads from a code to it. The sparse index {@code gsi5} lists a
 * region's reorganisations ({@code REORGANISATIONS#<region>}) and a reorganisation's cases
 * ({@code REORGANISATION#<id>}), projecting no personal data.
 */
final class ReorganisationItems {

    static final String INDEX = "gsi5";
    static final String INDEX_PK = "gsi5pk";
    static final String INDEX_SK = "gsi5sk";
    static final String ITEM_SK = "REORGANISATION";
    static final String CONTACT = "contact";
    static final String REGION_PREFIX = "REORGANISATIONS#";
    static final String PK_PREFIX = "REORGANISATION#";

    private ReorganisationItems() {
    }

    static Map<String, AttributeValue> key(String reorganisationId) {
        return Keys.key(PK_PREFIX + reorganisationId, ITEM_SK);
    }

    static Map<String, AttributeValue> invitationKey(String code) {
        return Keys.key("INVITATION#" + code, "INVITATION");
    }

    static String regionPartition(String region) {
        return REGION_PREFIX + region;
    }

    /** The index entry that puts a case among its reorganisation's cases. */
    static Map<String, AttributeValue> caseEntry(String reorganisationId, Instant submittedAt, String caseId) {
        return Map.of(INDEX_PK, s(PK_PREFIX + reorganisationId),
                INDEX_SK, s(SortableInstant.ofCase(submittedAt, caseId)));
    }

    static Map<String, AttributeValue> item(StoredReorganisation r) {
        Map<String, AttributeValue> item = new HashMap<>(key(r.reorganisationId()));
        item.put(INDEX_PK, s(regionPartition(r.region())));
        item.put(INDEX_SK, s(SortableInstant.of(r.registeredAt()) + "#" + r.reorganisationId()));
        item.put("reorganisationId", s(r.reorganisationId()));
        item.put("region", s(r.region()));
        item.put("employerName", s(r.employerName()));
        item.put("kvkNumber", s(r.kvkNumber()));
        item.put("siteMunicipality", s(r.siteMunicipality()));
        item.put("sector", s(r.sector()));
        item.put("jobsAffected", AttributeValues.n(r.jobsAffected()));
        item.put("expectedNoticeDate", s(r.expectedNoticeDate().toString()));
        item.put("socialPlan", AttributeValue.fromBool(r.socialPlan()));
        item.put(CaseItems.STATUS, s(r.status().name()));
        item.put("registeredAt", s(r.registeredAt().toString()));
        item.put("invitationCode", s(r.invitationCode()));
        item.put("invitationValidUntil", s(r.invitationValidUntil().toString()));
        item.put("employerKeyHash", s(r.employerKeyHash()));
        if (r.contactName() != null) {
            item.put(CONTACT, AttributeValue.fromM(Map.of("name", s(r.contactName()),
                    "email", s(r.contactEmail()))));
        }
        return item;
    }

    static StoredReorganisation from(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> contact = item.containsKey(CONTACT) ? item.get(CONTACT).m() : Map.of();
        return new StoredReorganisation(
                item.get("reorganisationId").s(),
                item.get("region").s(),
                item.get("employerName").s(),
                item.get("kvkNumber").s(),
                item.get("siteMunicipality").s(),
                item.get("sector").s(),
                Integer.parseInt(item.get("jobsAffected").n()),
                LocalDate.parse(item.get("expectedNoticeDate").s()),
                item.get("socialPlan").bool(),
                StoredReorganisation.Status.valueOf(item.get(CaseItems.STATUS).s()),
                Instant.parse(item.get("registeredAt").s()),
                item.containsKey("closedAt") ? Instant.parse(item.get("closedAt").s()) : null,
                text(item, "invitationCode"),
                LocalDate.parse(item.get("invitationValidUntil").s()),
                contact.containsKey("name") ? contact.get("name").s() : null,
                contact.containsKey("email") ? contact.get("email").s() : null,
                text(item, "employerKeyHash"));
    }

    /** What monitoring reads of a reorganisation: the index projects it, and nothing personal. */
    static MonitoredReorganisation monitored(Map<String, AttributeValue> item) {
        return new MonitoredReorganisation(item.get("reorganisationId").s(), item.get("employerName").s(),
                item.get("sector").s(), Integer.parseInt(item.get("jobsAffected").n()),
                Instant.parse(item.get("registeredAt").s()),
                item.containsKey("closedAt") ? Instant.parse(item.get("closedAt").s()) : null,
                LocalDate.parse(item.get("invitationValidUntil").s()));
    }

    /** A case's entry in its reorganisation's partition, as the funnel counts it. */
    static FunnelCase funnelCase(Map<String, AttributeValue> item) {
        return new FunnelCase(CaseStatus.valueOf(item.get(CaseItems.STATUS).s()),
                item.containsKey(CaseSnapshots.OUTCOME) ? Outcome.valueOf(item.get(CaseSnapshots.OUTCOME).s()) : null);
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        return item.containsKey(name) ? item.get(name).s() : null;
    }
}
