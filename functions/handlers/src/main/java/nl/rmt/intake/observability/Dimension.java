package nl.rmt.intake.observability;

import java.util.regex.Pattern;
import nl.rmt.intake.domain.classification.TargetGroup;
import nl.rmt.intake.domain.feedback.FeedbackType;
import nl.rmt.intake.domain.form.PartnerType;

/**
 * The one dimension a metric value is recorded with. Values come from closed sets (region codes, enum names),
 * never from what a caller sent: that keeps personal data out of metrics and bounds the number of CloudWatch
 * metrics, each of which is billed.
 *
 * @param partitions true when every event has exactly one value of this dimension, so the values also add up to a
 *                   meaningful total, published alongside; false for a breakdown in which one event can count under
 *                   several values (a case in two target groups)
 */
public record Dimension(String name, String value, boolean partitions) {

    public static final String REGION = "Region";
    public static final String TARGET_GROUP = "TargetGroup";
    public static final String PARTNER_TYPE = "PartnerType";
    public static final String TYPE = "Type";
    static final String UNKNOWN = "UNKNOWN";

    /** The region path parameter is whatever the caller typed, so anything but a region code is UNKNOWN. */
    private static final Pattern REGION_CODE = Pattern.compile("AM[0-9]{2}");

    public static Dimension region(String code) {
        return new Dimension(REGION, code != null && REGION_CODE.matcher(code).matches() ? code : UNKNOWN, true);
    }

    public static Dimension targetGroup(TargetGroup group) {
        return new Dimension(TARGET_GROUP, group.name(), false);
    }

    /** @param type null for a queue no longer in the routing data */
    public static Dimension partnerType(PartnerType type) {
        return new Dimension(PARTNER_TYPE, type == null ? UNKNOWN : type.name(), true);
    }

    public static Dimension feedbackType(FeedbackType type) {
        return new Dimension(TYPE, type.name(), true);
    }
}
