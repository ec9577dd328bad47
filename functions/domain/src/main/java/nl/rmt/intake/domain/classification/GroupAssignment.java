package nl.rmt.intake.domain.classification;

/**
 * A target group and why the person is in it.
 *
 * @param reason an explanation for desk staff, e.g. "benefit BBZ"; never contains free text the citizen typed
 */
public record GroupAssignment(TargetGroup group, String reason) {
}
