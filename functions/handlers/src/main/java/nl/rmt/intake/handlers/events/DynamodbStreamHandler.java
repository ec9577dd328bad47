package nl.rmt.intake.handlers.events;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A function a DynamoDB stream's event source mapping calls with batches, answering where the batch failed. Lambda
 * hands it the event's bytes, which it reads and answers itself ({@link DynamodbStreamEvents}), so the runtime's
 * event reader (its own Jackson, the event mix-ins and Joda-Time) never loads. The typed method is the handler's
 * logic; the tests call it.
 */
public interface DynamodbStreamHandler extends RequestStreamHandler {

    StreamsEventResponse handleRequest(DynamodbEvent event, Context context);

    @Override
    default void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        DynamodbStreamEvents.write(handleRequest(DynamodbStreamEvents.read(input), context), output);
    }
}
