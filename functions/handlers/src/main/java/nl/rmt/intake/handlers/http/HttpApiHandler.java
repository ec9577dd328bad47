package nl.rmt.intake.handlers.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A function of the HTTP API (payload v2). Lambda hands it the event's bytes, which it reads and answers itself
 * ({@link HttpApiEvents}), so the runtime's event reader (its own Jackson, the event mix-ins and Joda-Time: about
 * 800 classes at every cold start) never loads. The typed method is the handler's logic; the tests call it.
 */
public interface HttpApiHandler extends RequestStreamHandler {

    APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context);

    @Override
    default void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        HttpApiEvents.write(handleRequest(HttpApiEvents.read(input), context), output);
    }
}
