package nl.rmt.intake.localstack.runner.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every SNS notification it is given, with the function that got it; a message "fail" makes it throw. */
public class TopicRecorder implements RequestHandler<SNSEvent, Void> {

    /** One notification, and which function received it. */
    public record Notification(String functionName, SNSEvent.SNSRecord record) {
    }

    public static final List<Notification> NOTIFICATIONS = new CopyOnWriteArrayList<>();

    @Override
    public Void handleRequest(SNSEvent event, Context context) {
        for (SNSEvent.SNSRecord record : event.getRecords()) {
            NOTIFICATIONS.add(new Notification(context.getFunctionName(), record));
            if (record.getSNS().getMessage().equals("fail")) {
                throw new IllegalStateException("deliberate failure");
            }
        }
        return null;
    }
}
