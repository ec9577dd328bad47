package nl.rmt.intake.handlers.intake;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.time.LocalDate;
import nl.rmt.intake.config.Settings;
import nl.rmt.intake.domain.IntakeTriage;
import nl.rmt.intake.domain.classification.IntakeDate;
import nl.rmt.intake.domain.explanation.DecisionExplainer;
import nl.rmt.intake.domain.form.ValidationResult;
import nl.rmt.intake.handlers.http.HttpApiHandler;
import nl.rmt.intake.handlers.http.HttpResponses;
import nl.rmt.intake.json.DecisionView;
import nl.rmt.intake.messaging.QueueNames;
import nl.rmt.intake.observability.Invocation;
import nl.rmt.intake.observability.MetricsSink;

/** {@code POST /v1/regions/{region}/intakes/preview}: the explained decision for a form, storing nothing. */
public final class PreviewIntakeHandler implements HttpApiHandler {

    private final IntakeTriage triage;
    private final DecisionExplainer explainer;
    private final QueueNames queueNames;
    private final Clock clock;

    public PreviewIntakeHandler() {
        this(IntakeTriage.loadDefault(), new QueueNames(Settings.required("QUEUE_NAME_PREFIX")), Clock.systemUTC());
    }

    public PreviewIntakeHandler(IntakeTriage triage, QueueNames queueNames, Clock clock) {
        this.triage = triage;
        this.explainer = new DecisionExplainer(triage.routingData());
        this.queueNames = queueNames;
        this.clock = clock;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return Invocation.observe(context, MetricsSink.standard(), metrics -> preview(event));
    }

    private APIGatewayV2HTTPResponse preview(APIGatewayV2HTTPEvent event) {
        IntakeHttpRequest request = new IntakeHttpRequest(event);
        if (request.body instanceof ParsedBody.Unreadable unreadable) {
            return request.badRequest(unreadable.language(), unreadable.errors());
        }
        LocalDate today = IntakeDate.intakeDate(clock.instant());
        ValidationResult validation = triage.validate(
                ((ParsedBody.Parsed) request.body).submission(), request.region, request.preferredLanguage, today);
        if (validation instanceof ValidationResult.Invalid invalid) {
            return request.badRequest(invalid.language(), invalid.errors());
        }
        var form = ((ValidationResult.Valid) validation).form();
        var decision = triage.decide(form, request.region, today);
        return HttpResponses.json(200, DecisionView.of(decision, explainer.explain(decision, form), queueNames));
    }
}
