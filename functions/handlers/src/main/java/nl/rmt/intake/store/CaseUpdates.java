package nl.rmt.intake.store;

import static nl.rmt.intake.store.AttributeValues.n;
import static nl.rmt.intake.store.AttributeValues.s;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.rmt.intake.application.AssignmentState;
import nl.rmt.intake.application.CaseChange;
import nl.rmt.intake.domain.casefile.CaseStatus;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Update;

/** The case item's part of a {@link CaseChange}: one conditional update expression. */
final class CaseUpdates {

    /**
     * Every attribute that holds personal data or can lead back to the person. The withdrawal code's hash stays:
     * it identifies no one, and keeps a repeated withdrawal answering as the first did.
     */
    static final List<String> PERSONAL_ATTRIBUTES =
            List.of(CaseItems.PERSON, CaseItems.REMARKS,
                    CaseItems.DECISION + ".#region." + CaseItems.HOME_MUNICIPALITY);

    private CaseUpdates() {
    }

    /**
     * @param personalDataHere whether the case item holds the form itself (a case stored before its intake item
     *                         was apart); otherwise erasure removes it from the intake item ({@link ErasureWrites})
     */
    static Update of(String table, CaseChange change, boolean personalDataHere) {
        List<String> sets = new ArrayList<>();
        Set<String> removes = new LinkedHashSet<>();
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();

        names.put("#status", CaseItems.STATUS);
        values.put(":expected", n(change.from().version()));
        values.put(":one", n(1));
        sets.add("version = version + :one");
        sets.add("#status = :status");
        values.put(":status", s(change.status().name()));
        sets.add("updatedAt = :at");
        values.put(":at", s(change.at().toString()));
        sets.add("leadPartnerId = :lead");
        values.put(":lead", s(change.leadPartnerId()));
        sets.add("#round = :round");
        names.put("#round", CaseItems.ROUND);
        values.put(":round", n(change.round()));

        int index = 0;
        for (AssignmentState assignment : change.assignments().values()) {
            String name = "#p" + index;
            String value = ":a" + index;
            names.put(name, assignment.partnerId());
            values.put(value, CaseItems.assignment(
                    assignment.role().name(), assignment.status(), assignment.round(), change.at()));
            sets.add(CaseItems.ASSIGNMENTS + "." + name + " = " + value);
            index++;
        }
        String addClause = "";
        if (!change.rejectedBy().isEmpty()) {
            addClause = " ADD rejectedBy :rejected";
            values.put(":rejected", AttributeValue.fromSs(List.copyOf(change.rejectedBy())));
        }
        if (change.outcome() != null) {
            sets.add("outcome = :outcome");
            values.put(":outcome", s(change.outcome()));
        }
        if (change.erasesPersonalData()) {
            if (personalDataHere) {
                names.put("#region", "region");
                removes.addAll(PERSONAL_ATTRIBUTES);
            }
            sets.add("erasedAt = :at");
            // Nothing is left to escalate or erase, so the case leaves both sparse indexes.
            removes.addAll(List.of(CaseItems.AWAITING_PK, CaseItems.AWAITING_SK,
                    CaseItems.RETENTION_PK, CaseItems.RETENTION_SK));
        } else {
            awaiting(change, sets, removes, values);
            if (change.status() == CaseStatus.CLOSED && change.from().status() != CaseStatus.CLOSED
                    && !change.from().isErased()) {
                // From now on the time since closing counts, not the age.
                sets.add(CaseItems.RETENTION_PK + " = :retention");
                sets.add(CaseItems.RETENTION_SK + " = :closedAt");
                values.put(":retention", s(CaseItems.RETENTION_CLOSED));
                values.put(":closedAt", s(SortableInstant.ofCase(change.at(), change.from().caseId())));
            }
        }
        String expression = "SET " + String.join(", ", sets)
                + (removes.isEmpty() ? "" : " REMOVE " + String.join(", ", removes))
                + addClause;
        return Update.builder()
                .tableName(table)
                .key(Keys.caseKey(change.from().caseId()))
                .updateExpression(expression)
                .conditionExpression("version = :expected")
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)
                .build();
    }

    private static void awaiting(
            CaseChange change, List<String> sets, Set<String> removes, Map<String, AttributeValue> values) {
        switch (change.awaiting()) {
            case REMOVE -> {
                removes.add(CaseItems.AWAITING_PK);
                removes.add(CaseItems.AWAITING_SK);
            }
            case RESTART -> {
                sets.add(CaseItems.AWAITING_PK + " = :awaiting");
                sets.add(CaseItems.AWAITING_SK + " = :awaitingSince");
                values.put(":awaiting", s(CaseItems.AWAITING_ACCEPTANCE));
                values.put(":awaitingSince", s(SortableInstant.ofCase(change.at(), change.from().caseId())));
            }
            case KEEP -> {
            }
        }
    }
}
