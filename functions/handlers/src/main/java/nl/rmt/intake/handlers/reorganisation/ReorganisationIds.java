package nl.rmt.intake.handlers.reorganisation;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Optional;
import java.util.regex.Pattern;

/** The reorganisation id in a route's path: {@code reo-} and a lower-case UUID, else no id at all. */
final class ReorganisationIds {

    private static final Pattern ID =
            Pattern.compile("reo-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private ReorganisationIds() {
    }

    static Optional<String> of(APIGatewayV2HTTPEvent event) {
        String id = event.getPathParameters() == null ? null : event.getPathParameters().get("reorganisationId");
        return id != null && ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }
}
