package nl.rmt.intake.localstack.runner.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every scheduled event it is given, as the typed event the Lambda runtime would have made of it. */
public class ScheduleRecorder implements RequestHandler<ScheduledEvent, String> {

    public static final List<ScheduledEvent> EVENTS = new CopyOnWriteArrayList<>();

    @Override
    public String handleRequest(ScheduledEvent event, Context context) {
        EVENTS.add(event);
        return "escalated 0 case(s)";
    }
}
