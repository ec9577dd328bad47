package nl.rmt.intake.domain.reorganisation;

import nl.rmt.intake.domain.form.ErrorCode;

/** Whether an invitation code is taken, and if not, the error that says why. */
public enum InvitationStanding {
    VALID(null),
    UNKNOWN(ErrorCode.INVITATION_UNKNOWN),
    EXPIRED(ErrorCode.INVITATION_EXPIRED),
    CLOSED(ErrorCode.INVITATION_CLOSED);

    private final ErrorCode error;

    InvitationStanding(ErrorCode error) {
        this.error = error;
    }

    /** @return the refusal's code, or null for a valid invitation */
    public ErrorCode error() {
        return error;
    }
}
