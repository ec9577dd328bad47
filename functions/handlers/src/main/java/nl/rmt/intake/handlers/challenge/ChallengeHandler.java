package nl.rmt.intake.handlers.challenge;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import nl.rmt.intake.handlers.http.ErrorBody;
import nl.rmt.intake.handlers.http.HttpApiHandler;
import nl.rmt.intake.handlers.http.HttpResponses;
import nl.rmt.intake.observability.Invocation;
import nl.rmt.intake.observability.MetricsSink;
import nl.rmt.intake.pow.ProofOfWork;

/**
 * {@code GET /v1/challenge}: a fresh proof-of-work challenge for the intake form's widget. Stores nothing and calls
 * no AWS service: the challenge is signed, so the intake function recognises it without a record of it.
 */
public final class ChallengeHandler implements HttpApiHandler {

    private final ProofOfWork proofOfWork;
    private final Clock clock;

    public ChallengeHandler() {
        this(ProofOfWork.fromSettings(), Clock.systemUTC());
    }

    public ChallengeHandler(ProofOfWork proofOfWork, Clock clock) {
        this.proofOfWork = proofOfWork;
        this.clock = clock;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return Invocation.observe(context, MetricsSink.standard(), metrics -> proofOfWork.isEnabled()
                ? HttpResponses.json(200, proofOfWork.issue(clock.instant()))
                // The form reads this as "no check on this stage" and leaves the widget out.
                : HttpResponses.json(404, ErrorBody.of("This stage asks for no proof of work.")));
    }
}
