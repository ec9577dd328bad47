package nl.rmt.intake.handlers.desk;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.rmt.intake.application.CaseQueries;
import nl.rmt.intake.application.RerouteByHand;
import nl.rmt.intake.application.RerouteOutcome;
import nl.rmt.intake.config.AwsClients;
import nl.rmt.intake.config.Settings;
import nl.rmt.intake.domain.IntakeTriage;
import nl.rmt.intake.domain.casefile.CaseStatus;
import nl.rmt.intake.domain.classification.TargetGroup;
import nl.rmt.intake.domain.feedback.FeedbackValidator;
import nl.rmt.intake.domain.form.FieldError;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.handlers.http.CaseIdParameter;
import nl.rmt.intake.handlers.http.DeskCaller;
import nl.rmt.intake.handlers.http.ErrorBody;
import nl.rmt.intake.handlers.http.HttpApiHandler;
import nl.rmt.intake.handlers.http.HttpResponses;
import nl.rmt.intake.handlers.http.JsonFieldReader;
import nl.rmt.intake.messaging.QueueNames;
import nl.rmt.intake.observability.CaseLogContext;
import nl.rmt.intake.observability.Invocation;
import nl.rmt.intake.observability.MetricsSink;
import nl.rmt.intake.store.DynamoDbCaseQueries;
import nl.rmt.intake.store.DynamoDbCaseStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The regional desk's API, IAM-authorised: a desk's role ({@code <stack>-desk-<amXX>}) opens only its region.
 * <ul>
 *   <li>{@code GET /v1/regions/{region}/cases?status=&group=&partner=&attention=&limit=&next=}: the region's
 *   cases; {@code attention=true} lists only those with a message or email that could not be delivered</li>
 *   <li>{@code GET /v1/regions/{region}/cases/{caseId}}: one case, its explained routing and its history</li>
 *   <li>{@code POST /v1/regions/{region}/cases/{caseId}/reroute}: move the case to another partner</li>
 * </ul>
 */
public final class DeskApiHandler implements HttpApiHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeskApiHandler.class);
    private static final int DEFAULT_PAGE = 50;
    private static final int MAX_PAGE = 200;
    private static final int MAX_PARTNERS = 20;
    private static final Pattern PARTNER_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final CaseQueries queries;
    private final RerouteByHand reroute;
    private final String deskRolePrefix;

    public DeskApiHandler() {
        this(AwsClients.dynamoDb());
    }

    /** One client for the queries and the re-routes: building a second cost every cold start its own setup. */
    private DeskApiHandler(DynamoDbClient dynamoDb) {
        this(new DynamoDbCaseQueries(dynamoDb, Settings.required("TABLE_NAME")),
                new RerouteByHand(new DynamoDbCaseStore(dynamoDb, Settings.required("TABLE_NAME"),
                        new QueueNames(Settings.required("QUEUE_NAME_PREFIX"))), IntakeTriage.loadDefault(),
                        Clock.systemUTC()),
                Settings.required("DESK_ROLE_PREFIX"));
    }

    public DeskApiHandler(CaseQueries queries, RerouteByHand reroute, String deskRolePrefix) {
        this.queries = queries;
        this.reroute = reroute;
        this.deskRolePrefix = deskRolePrefix;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return Invocation.observe(context, MetricsSink.standard(), metrics -> answer(event));
    }

    private APIGatewayV2HTTPResponse answer(APIGatewayV2HTTPEvent event) {
        return DeskCaller.answerInOwnRegion(event, deskRolePrefix, LOG, "desk request refused: region={}", this::route);
    }

    private APIGatewayV2HTTPResponse route(DeskCaller.OwnRegionRequest desk) {
        String route = desk.routeKey();
        if (!route.endsWith("/reroute") && !route.endsWith("/{caseId}")) {
            return list(desk.region(), desk.request().queryParameters());
        }
        Optional<String> caseId = CaseIdParameter.of(desk.event());
        if (caseId.isEmpty()) {
            return HttpResponses.json(400, new ErrorBody("The case id is malformed.", CaseIdParameter.error()));
        }
        CaseLogContext.set(caseId.get());
        return route.endsWith("/reroute") ? reroute(desk.region(), caseId.get(), desk.request().body())
                : caseView(desk.region(), caseId.get());
    }

    private APIGatewayV2HTTPResponse list(String region, Map<String, String> query) {
        List<FieldError> errors = new ArrayList<>();
        List<String> statuses = values(query.get("status"), true);
        List<String> groups = values(query.get("group"), true);
        if (!names(CaseStatus.values()).containsAll(statuses)) {
            errors.add(new FieldError("status", "UNKNOWN_VALUE", "Any of " + names(CaseStatus.values())));
        }
        if (!names(TargetGroup.values()).containsAll(groups)) {
            errors.add(new FieldError("group", "UNKNOWN_VALUE", "Any of " + names(TargetGroup.values())));
        }
        List<String> partners = values(query.get("partner"), false);
        if (partners.size() > MAX_PARTNERS || !partners.stream().allMatch(p -> PARTNER_ID.matcher(p).matches())) {
            errors.add(new FieldError("partner", "UNKNOWN_VALUE",
                    "At most " + MAX_PARTNERS + " partner ids: lower-case letters, digits and dashes."));
        }
        String attention = query.get("attention");
        if (attention != null && !"true".equals(attention) && !"false".equals(attention)) {
            errors.add(new FieldError("attention", "UNKNOWN_VALUE", "true or false"));
        }
        Instant submittedBefore = null;
        if (query.get("submittedBefore") != null && "true".equals(attention)) {
            // The cases needing attention are ordered by when they were flagged, not by when they came in.
            errors.add(new FieldError("submittedBefore", "UNKNOWN_VALUE", "Not together with attention=true"));
        } else if (query.get("submittedBefore") != null) {
            try {
                submittedBefore = Instant.parse(query.get("submittedBefore"));
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("submittedBefore", "INVALID_DATE",
                        "An instant in ISO 8601 UTC, such as 2026-03-01T00:00:00Z"));
            }
        }
        int limit = DEFAULT_PAGE;
        if (query.get("limit") != null) {
            try {
                limit = Integer.parseInt(query.get("limit"));
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > MAX_PAGE) {
                errors.add(new FieldError("limit", "OUT_OF_RANGE", "A number from 1 to " + MAX_PAGE));
            }
        }
        if (!errors.isEmpty()) {
            return HttpResponses.json(400, new ErrorBody("The query has errors.", errors));
        }
        try {
            var page = queries.list(region,
                    new CaseQueries.CaseFilter(statuses, groups, partners, "true".equals(attention), submittedBefore),
                    limit,
                    query.get("next"));
            return HttpResponses.json(200, page);
        } catch (DynamoDbCaseQueries.InvalidPageTokenException e) {
            return HttpResponses.json(400, new ErrorBody("The query has errors.",
                    List.of(new FieldError("next", "INVALID_TOKEN", "Use the token of a previous page."))));
        }
    }

    private APIGatewayV2HTTPResponse caseView(String region, String caseId) {
        return queries.caseWithHistory(caseId)
                .filter(view -> region.equals(view.path("region").asText()))
                .map(view -> HttpResponses.json(200, view))
                .orElseGet(() -> HttpResponses.json(404, ErrorBody.of("No such case in region " + region)));
    }

    private APIGatewayV2HTTPResponse reroute(String region, String caseId, String body) {
        JsonNode document = JsonFieldReader.object(body).orElse(null);
        if (document == null) {
            return HttpResponses.json(400, new ErrorBody("The re-route has errors; nothing was changed.",
                    List.of(new FieldError("body", "MALFORMED_JSON", "The body is not a JSON object."))));
        }
        JsonFieldReader reader = new JsonFieldReader();
        reader.onlyKeys(document, "", Set.of("partnerId", "reason"));
        RerouteRequest request = new RerouteRequest(reader.string(document, "", "partnerId"),
                reader.string(document, "", "reason"));
        List<FieldError> checks = new ArrayList<>();
        if (request.partnerId() == null || request.partnerId().isBlank()) {
            checks.add(new FieldError("partnerId", "REQUIRED", "Name the partner to take the case."));
        } else if (!PARTNER_ID.matcher(request.partnerId().trim()).matches()) {
            checks.add(new FieldError("partnerId", "UNKNOWN_VALUE",
                    "A partner id: lower-case letters, digits and dashes."));
        }
        // The reason is stored in the case history, so it gets the same rules as a partner's rejection reason.
        checks.addAll(FeedbackValidator.checkRequiredReason(request.reason(), Language.EN));
        List<FieldError> errors = reader.withOthers(Language.EN, checks);
        if (!errors.isEmpty()) {
            return HttpResponses.json(400, new ErrorBody("The re-route has errors; nothing was changed.", errors));
        }
        RerouteOutcome outcome = reroute.reroute(region, caseId, request.partnerId().trim(),
                FeedbackValidator.requiredReason(request.reason()));
        LOG.info("desk re-route: region={} outcome={}", region, outcome.getClass().getSimpleName());
        if (outcome instanceof RerouteOutcome.Rerouted rerouted) {
            return HttpResponses.json(200, rerouted);
        }
        if (outcome instanceof RerouteOutcome.PartnerRefused refused) {
            return HttpResponses.json(422, new ErrorBody("The partner cannot take this case.",
                    List.of(new FieldError("partnerId", "PARTNER_REFUSED", refused.why()))));
        }
        if (outcome instanceof RerouteOutcome.InvalidTransition invalid) {
            return HttpResponses.json(409, Map.of("message", "A " + invalid.from() + " case cannot be re-routed.",
                    "from", invalid.from().name()));
        }
        return HttpResponses.json(404, ErrorBody.of("No such case in region " + region));
    }

    /** API Gateway joins a repeated query parameter with commas: {@code ?status=A&status=B} is "A,B". */
    private static List<String> values(String joined, boolean upperCase) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(joined.split(","))
                .map(String::trim)
                .filter(value -> !value.isEmpty())
                .map(value -> upperCase ? value.toUpperCase(Locale.ROOT) : value)
                .distinct()
                .toList();
    }

    private static Set<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).collect(java.util.stream.Collectors.toSet());
    }
}
