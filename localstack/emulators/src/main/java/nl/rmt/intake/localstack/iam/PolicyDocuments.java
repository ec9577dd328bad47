package nl.rmt.intake.localstack.iam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the statements of a resolved policy document ({@code {Statement: [...]}}). */
final class PolicyDocuments {

    private static final Set<String> UNSUPPORTED = Set.of("NotAction", "NotResource", "Condition", "NotPrincipal");

    private PolicyDocuments() {
    }

    static List<IamStatement> statements(Object document, String where) {
        if (!(document instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(where + ": expected a policy document, got " + document);
        }
        Object statement = map.get("Statement");
        List<?> list = statement instanceof List<?> items ? items : List.of(statement);
        List<IamStatement> statements = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = where + ".Statement[" + i + "]";
            Map<?, ?> entry = (Map<?, ?>) list.get(i);
            for (Object key : entry.keySet()) {
                if (UNSUPPORTED.contains(String.valueOf(key))) {
                    throw new IllegalArgumentException(at + ": the local stack cannot enforce " + key);
                }
            }
            statements.add(new IamStatement(!"Deny".equals(entry.get("Effect")), texts(entry.get("Action"), at),
                    texts(entry.get("Resource"), at), at));
        }
        return statements;
    }

    private static List<String> texts(Object value, String where) {
        if (value == null) {
            throw new IllegalArgumentException(where + ": Action and Resource are required");
        }
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(value));
    }
}
