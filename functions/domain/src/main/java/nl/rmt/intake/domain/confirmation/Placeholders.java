package nl.rmt.intake.domain.confirmation;

import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {name}} placeholders in one pass, so that a value that itself looks like a placeholder (a citizen
 * can type anything as a name) is never filled in again.
 */
final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private Placeholders() {
    }

    /**
     * @param literal applied to the template text around the placeholders (e.g. HTML escaping); values are inserted
     *                as given
     */
    static String fill(String template, Map<String, String> values, UnaryOperator<String> literal) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        int literalStart = 0;
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for placeholder " + matcher.group());
            }
            filled.append(literal.apply(template.substring(literalStart, matcher.start()))).append(value);
            literalStart = matcher.end();
        }
        return filled.append(literal.apply(template.substring(literalStart))).toString();
    }

    static String fill(String template, Map<String, String> values) {
        return fill(template, values, UnaryOperator.identity());
    }
}
