package nl.rmt.intake.handlers.reorganisation;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import nl.rmt.intake.application.ReorganisationStore;
import nl.rmt.intake.application.Reorganisations;
import nl.rmt.intake.application.StoredReorganisation;
import nl.rmt.intake.config.AwsClients;
import nl.rmt.intake.config.Settings;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.ValidationMessages;
import nl.rmt.intake.domain.reorganisation.InvitationCode;
import nl.rmt.intake.domain.reorganisation.InvitationStanding;
import nl.rmt.intake.handlers.http.HttpApiHandler;
import nl.rmt.intake.handlers.http.HttpRequest;
import nl.rmt.intake.handlers.http.HttpResponses;
import nl.rmt.intake.json.Json;
import nl.rmt.intake.observability.Invocation;
import nl.rmt.intake.observability.MetricsSink;
import nl.rmt.intake.store.DynamoDbReorganisations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two public reorganisation routes, without sign-in:
 * <ul>
 *   <li>{@code GET /v1/invitations/{code}}: what an invitation leads to, for the form to name the employer;</li>
 *   <li>{@code GET /v1/employer-views/{reorganisationId}} with {@code X-Employer-Key}: the employer's aggregate,
 *   small-number-suppressed counts. An unknown id and a wrong or missing key get the same 404.</li>
 * </ul>
 * Neither the code nor the key is ever logged.
 */
public final class ReorganisationPublicHandler
        implements HttpApiHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ReorganisationPublicHandler.class);
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private final Reorganisations reorganisations;
    private final Clock clock;

    public ReorganisationPublicHandler() {
        this(new DynamoDbReorganisations(AwsClients.dynamoDb(), Settings.required("TABLE_NAME")), Clock.systemUTC());
    }

    public ReorganisationPublicHandler(ReorganisationStore store, Clock clock) {
        this.reorganisations = new Reorganisations(store, new SecureRandom(), clock);
        this.clock = clock;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return Invocation.observe(context, MetricsSink.standard(), metrics -> answer(event));
    }

    private APIGatewayV2HTTPResponse answer(APIGatewayV2HTTPEvent event) {
        HttpRequest request = new HttpRequest(event);
        String route = event.getRouteKey() == null ? "" : event.getRouteKey();
        if (route.startsWith("GET /v1/employer-views/")) {
            return employerView(event, request);
        }
        return invitation(event, request.preferredLanguage());
    }

    private APIGatewayV2HTTPResponse invitation(APIGatewayV2HTTPEvent event, Language language) {
        String typed = event.getPathParameters() == null ? null : event.getPathParameters().get("code");
        Optional<StoredReorganisation> found = InvitationCode.normalise(typed).flatMap(reorganisations::byInvitation);
        InvitationStanding standing = found.map(r -> r.invitation().standing(today()))
                .orElse(InvitationStanding.UNKNOWN);
        LOG.info("invitation looked up: standing={}", standing);
        if (standing != InvitationStanding.VALID) {
            return HttpResponses.json(standing == InvitationStanding.UNKNOWN ? 404 : 410, Map.of(
                    "message", ValidationMessages.message(language, standing.error()),
                    "code", standing.error().name()));
        }
        StoredReorganisation r = found.orElseThrow();
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.put("code", r.invitationCode());
        answer.putObject("reorganisation")
                .put("employerName", r.employerName())
                .put("sector", r.sector())
                .put("region", r.region())
                .put("expectedNoticeDate", r.expectedNoticeDate().toString());
        answer.put("validUntil", r.invitationValidUntil().toString());
        return HttpResponses.json(200, answer);
    }

    private APIGatewayV2HTTPResponse employerView(APIGatewayV2HTTPEvent event, HttpRequest request) {
        Optional<StoredReorganisation> found = ReorganisationIds.of(event)
                .flatMap(id -> reorganisations.forEmployer(id, request.header("X-Employer-Key").orElse(null)));
        LOG.info("employer view: found={}", found.isPresent());
        if (found.isEmpty()) {
            return HttpResponses.json(404, Map.of("message", "No such view, or the key does not open it."));
        }
        StoredReorganisation r = found.get();
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.put("employerName", r.employerName());
        answer.put("status", r.status().name());
        answer.put("expectedNoticeDate", r.expectedNoticeDate().toString());
        answer.put("asOf", clock.instant().toString());
        answer.set("counts", Json.MAPPER.valueToTree(reorganisations.employerCounts(r)));
        return HttpResponses.json(200, answer);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DUTCH_TIME));
    }
}
