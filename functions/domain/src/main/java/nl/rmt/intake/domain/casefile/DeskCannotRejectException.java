package nl.rmt.intake.domain.casefile;

/**
 * The RMT desk tried to reject a case. Rejecting hands a case to the next partner, ultimately to the desk itself,
 * so the desk has nobody to hand it to: it re-routes the case by hand instead.
 */
public class DeskCannotRejectException extends IllegalStateException {

    private final String partnerId;

    public DeskCannotRejectException(String partnerId) {
        super("the RMT desk " + partnerId + " cannot reject a case; re-route it by hand to another partner instead");
        this.partnerId = partnerId;
    }

    public String partnerId() {
        return partnerId;
    }
}
