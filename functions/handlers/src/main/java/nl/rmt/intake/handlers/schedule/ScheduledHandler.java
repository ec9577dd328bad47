package nl.rmt.intake.handlers.schedule;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * A function EventBridge runs on a schedule. It never reads the event, so Lambda hands it the event's bytes, which
 * stay unread, and it writes its counts itself ({@link Counts}): the runtime's reader (its own Jackson, about 550
 * classes at every cold start) never loads. The typed method is the handler's logic; the tests call it.
 */
public interface ScheduledHandler extends RequestStreamHandler {

    /** @param event EventBridge's scheduled event, unused (the stream entry passes an empty map) */
    Map<String, Integer> handleRequest(Map<String, Object> event, Context context);

    @Override
    default void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Counts.write(handleRequest(Map.of(), context), output);
    }
}
