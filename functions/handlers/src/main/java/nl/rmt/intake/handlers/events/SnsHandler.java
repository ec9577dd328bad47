package nl.rmt.intake.handlers.events;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A function subscribed to an SNS topic, answering with a count. Lambda hands it the event's bytes, which it reads
 * itself ({@link SnsEvents}), so the runtime's event reader (its own Jackson, the event mix-ins and Joda-Time) never
 * loads. The typed method is the handler's logic; the tests call it.
 */
public interface SnsHandler extends RequestStreamHandler {

    Integer handleRequest(SNSEvent event, Context context);

    @Override
    default void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        SnsEvents.write(handleRequest(SnsEvents.read(input), context), output);
    }
}
