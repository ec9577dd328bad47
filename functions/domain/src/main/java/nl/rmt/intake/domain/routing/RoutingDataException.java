package nl.rmt.intake.domain.routing;

/** The routing data files are inconsistent; the service must not start with them. */
public class RoutingDataException extends RuntimeException {

    public RoutingDataException(String message) {
        super(message);
    }

    public RoutingDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
