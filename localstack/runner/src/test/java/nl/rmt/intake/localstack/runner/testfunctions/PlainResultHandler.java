package nl.rmt.intake.localstack.runner.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.Map;

/** A plain method handler (no RequestHandler) that returns a map instead of a response description. */
public class PlainResultHandler {

    public Map<String, Object> lookup(Map<String, Object> event, Context context) {
        Map<?, ?> pathParameters = (Map<?, ?>) event.get("pathParameters");
        return Map.of("file", pathParameters.get("path"), "found", true);
    }
}
