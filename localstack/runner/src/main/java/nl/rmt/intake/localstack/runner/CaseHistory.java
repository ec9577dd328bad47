package nl.rmt.intake.localstack.runner;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nl.rmt.intake.localstack.EmbeddedStack;
import nl.rmt.intake.store.DynamoDbCaseQueries;

/** A case's history as the desks read it, for the demos and the end-to-end tests. */
public final class CaseHistory {

    private CaseHistory() {
    }

    /** The entries that moved the case's status, oldest first; notes that left it where it was are left out. */
    public static List<JsonNode> statusChanges(EmbeddedStack stack, String caseId) {
        JsonNode view = new DynamoDbCaseQueries(stack.dynamoDb(), stack.resources().tableName("CasesTable"))
                .caseWithHistory(caseId).orElseThrow();
        List<JsonNode> changes = new ArrayList<>();
        for (JsonNode entry : view.get("history")) {
            if (!entry.has("from") || !entry.get("from").asText().equals(entry.get("to").asText())) {
                changes.add(entry);
            }
        }
        return changes;
    }
}
