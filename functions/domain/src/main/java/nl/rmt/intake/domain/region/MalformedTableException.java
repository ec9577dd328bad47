package nl.rmt.intake.domain.region;

/** The municipality table cannot be trusted; refusing it beats routing cases to a wrong region. */
public class MalformedTableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedTableException(String message) {
        super(message);
    }
}
