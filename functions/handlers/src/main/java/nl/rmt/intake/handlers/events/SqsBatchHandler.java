package nl.rmt.intake.handlers.events;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A function an SQS queue's event source mapping calls with batches, answering which messages failed. Lambda
 * hands it the event's bytes, which it reads and answers itself ({@link SqsEvents}), so the runtime's event reader
 * (its own Jackson, the event mix-ins and Joda-Time) never loads. The typed method is the handler's logic; the tests
 * call it.
 */
public interface SqsBatchHandler extends RequestStreamHandler {

    SQSBatchResponse handleRequest(SQSEvent event, Context context);

    @Override
    default void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        SqsEvents.write(handleRequest(SqsEvents.read(input), context), output);
    }
}
