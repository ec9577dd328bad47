package nl.rmt.intake.localstack.template;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code ${...}} placeholders of an {@code Fn::Sub} pattern, in order. {@code ${!Literal}} is CloudFormation's
 * escape for a literal text and is left out.
 *
 * @param closed false when the pattern has a {@code ${} without its {@code }}; the names before it are kept
 */
record SubPlaceholders(List<String> names, boolean closed) {

    static SubPlaceholders in(String pattern) {
        List<String> names = new ArrayList<>();
        int position = 0;
        int start;
        while ((start = pattern.indexOf("${", position)) >= 0) {
            int end = pattern.indexOf('}', start);
            if (end < 0) {
                return new SubPlaceholders(names, false);
            }
            String name = pattern.substring(start + 2, end).trim();
            position = end + 1;
            if (!name.startsWith("!")) {
                names.add(name);
            }
        }
        return new SubPlaceholders(names, true);
    }
}
