package nl.rmt.intake.application;

/**
 * One email a case may send once: its confirmation, or the update announcing the lead of one routing round.
 *
 * @param round 0 for the confirmation
 */
public record EmailSlot(int round) {

    public static EmailSlot confirmation() {
        return new EmailSlot(0);
    }

    public static EmailSlot update(int round) {
        if (round < 1) {
            throw new IllegalArgumentException("An update email belongs to round 1 or later");
        }
        return new EmailSlot(round);
    }

    public boolean isConfirmation() {
        return round == 0;
    }

    /** How a desk sees what needs its attention, e.g. {@code EMAIL#CONFIRMATION}; never content. */
    public String subject() {
        return isConfirmation() ? "EMAIL#CONFIRMATION" : "EMAIL#UPDATE#" + round;
    }
}
