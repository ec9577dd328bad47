package nl.rmt.intake.localstack.runner.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the input a schedule with an Input passes, which replaces the scheduled event. */
public class ScheduleInputRecorder implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    public static final List<Map<String, Object>> INPUTS = new CopyOnWriteArrayList<>();

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        INPUTS.add(input);
        return Map.of("seen", input.size());
    }
}
