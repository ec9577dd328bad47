package nl.rmt.intake.domain.routing;

import java.util.List;
import java.util.regex.Pattern;

/** Guards shared by the routing data readers; every failure names the file and the offending entry. */
final class DataChecks {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern QUEUE = Pattern.compile("[a-z0-9-]{1,60}");
    static final Pattern REGION_CODE = Pattern.compile("AM[0-9]{2}");
    static final int MIN_YOUTH_AGE_LIMIT = 16;
    static final int MAX_YOUTH_AGE_LIMIT = 35;

    private DataChecks() {
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new RoutingDataException(message);
        }
    }

    static String requireText(String value, String message) {
        require(value != null && !value.isBlank(), message);
        return value;
    }

    static <T> T requirePresent(T value, String message) {
        require(value != null, message);
        return value;
    }

    static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }

    static int requireYouthAgeLimit(Integer limit, String fileName) {
        require(limit != null && limit >= MIN_YOUTH_AGE_LIMIT && limit <= MAX_YOUTH_AGE_LIMIT,
                fileName + ": youthAgeLimit must be between " + MIN_YOUTH_AGE_LIMIT + " and " + MAX_YOUTH_AGE_LIMIT
                        + ", is " + limit);
        return limit;
    }
}
