package nl.rmt.intake.handlers.reorganisation;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.rmt.intake.application.ReorganisationStore;
import nl.rmt.intake.application.Reorganisations;
import nl.rmt.intake.application.StoredReorganisation;
import nl.rmt.intake.config.AwsClients;
import nl.rmt.intake.config.Settings;
import nl.rmt.intake.domain.form.FieldError;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.region.Municipalities;
import nl.rmt.intake.domain.reorganisation.RegistrationValidation;
import nl.rmt.intake.domain.reorganisation.RegistrationValidator;
import nl.rmt.intake.domain.reorganisation.ReorganisationForm;
import nl.rmt.intake.domain.reorganisation.Sectors;
import nl.rmt.intake.handlers.http.DeskCaller;
import nl.rmt.intake.handlers.http.ErrorBody;
import nl.rmt.intake.handlers.http.HttpApiHandler;
import nl.rmt.intake.handlers.http.HttpRequest;
import nl.rmt.intake.handlers.http.HttpResponses;
import nl.rmt.intake.handlers.http.JsonFieldReader;
import nl.rmt.intake.observability.Invocation;
import nl.rmt.intake.observability.MetricsSink;
import nl.rmt.intake.store.DynamoDbReorganisations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A region's desk registers, lists, reads and closes the reorganisations of employers in its region, and gives an
 * employer a new key to its view. IAM-authorised: a desk's role ({@code <stack>-desk-<amXX>}) opens only its region.
 */
public final class ReorganisationDeskHandler
        implements HttpApiHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ReorganisationDeskHandler.class);
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    private static final int PAGE = 50;
    private static final Set<String> TOP_KEYS = Set.of("employer", "siteMunicipality", "sector", "jobsAffected",
            "expectedNoticeDate", "socialPlan", "contact", "invitationValidUntil");

    private final Reorganisations reorganisations;
    private final RegistrationValidator validator;
    private final ReorganisationViews views;
    private final String deskRolePrefix;
    private final Clock clock;

    public ReorganisationDeskHandler() {
        this(new DynamoDbReorganisations(AwsClients.dynamoDb(), Settings.required("TABLE_NAME")),
                Settings.required("PAGES_ORIGIN"), Settings.required("DESK_ROLE_PREFIX"), Clock.systemUTC());
    }

    public ReorganisationDeskHandler(ReorganisationStore store, String pagesOrigin, String deskRolePrefix,
            Clock clock) {
        this.reorganisations = new Reorganisations(store, new SecureRandom(), clock);
        this.validator = new RegistrationValidator(Municipalities.loadDefault(), Sectors.loadDefault());
        this.views = new ReorganisationViews(pagesOrigin);
        this.deskRolePrefix = deskRolePrefix;
        this.clock = clock;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return Invocation.observe(context, MetricsSink.standard(), metrics -> answer(event));
    }

    private APIGatewayV2HTTPResponse answer(APIGatewayV2HTTPEvent event) {
        return DeskCaller.answerInOwnRegion(event, deskRolePrefix, LOG, "reorganisation request refused: region={}",
                this::route);
    }

    private APIGatewayV2HTTPResponse route(DeskCaller.OwnRegionRequest desk) {
        String region = desk.region();
        String route = desk.routeKey();
        HttpRequest request = desk.request();
        if (route.startsWith("POST ") && route.endsWith("/reorganisations")) {
            return register(region, request);
        }
        if (route.endsWith("/reorganisations")) {
            return list(region, request.queryParameters());
        }
        Optional<String> id = ReorganisationIds.of(desk.event());
        if (id.isEmpty()) {
            return notFound(region);
        }
        if (route.endsWith("/close")) {
            return reorganisations.close(region, id.get())
                    .map(r -> {
                        LOG.info("reorganisation closed: region={} reorganisation={}", region, id.get());
                        return HttpResponses.json(200, detail(r));
                    })
                    .orElseGet(() -> notFound(region));
        }
        if (route.endsWith("/employer-key")) {
            return reorganisations.replaceEmployerKey(region, id.get())
                    .map(key -> {
                        LOG.info("employer key replaced: region={} reorganisation={}", region, id.get());
                        ObjectNode answer = JsonNodeFactory.instance.objectNode();
                        answer.putObject("employerView").put("url", views.employerViewUrl(id.get(), key));
                        return HttpResponses.json(200, answer);
                    })
                    .orElseGet(() -> notFound(region));
        }
        return reorganisations.find(region, id.get()).map(r -> HttpResponses.json(200, detail(r)))
                .orElseGet(() -> notFound(region));
    }

    private APIGatewayV2HTTPResponse register(String region, HttpRequest request) {
        Language language = request.preferredLanguage();
        JsonNode document = JsonFieldReader.object(request.body()).orElse(null);
        if (document == null) {
            return HttpResponses.json(400, new ErrorBody(message(language),
                    List.of(new FieldError("body", "MALFORMED_JSON", "The body is not a JSON object."))));
        }
        JsonFieldReader reader = new JsonFieldReader();
        reader.onlyKeys(document, "", TOP_KEYS);
        JsonNode employer = reader.object(document, "", "employer");
        JsonNode contact = reader.object(document, "", "contact");
        if (employer != null) {
            reader.onlyKeys(employer, "employer", Set.of("name", "kvkNumber"));
        }
        if (contact != null) {
            reader.onlyKeys(contact, "contact", Set.of("name", "email"));
        }
        ReorganisationForm form = new ReorganisationForm(
                employer == null ? null : reader.string(employer, "employer", "name"),
                employer == null ? null : reader.string(employer, "employer", "kvkNumber"),
                reader.string(document, "", "siteMunicipality"),
                reader.string(document, "", "sector"),
                reader.integer(document, "", "jobsAffected"),
                reader.string(document, "", "expectedNoticeDate"),
                reader.bool(document, "", "socialPlan"),
                contact == null ? null : reader.string(contact, "contact", "name"),
                contact == null ? null : reader.string(contact, "contact", "email"),
                reader.string(document, "", "invitationValidUntil"));
        RegistrationValidation validation = validator.validate(region, form, LocalDate.now(clock.withZone(DUTCH_TIME)),
                language, reader.unreadable());
        if (!validation.isValid()) {
            LOG.info("reorganisation refused: region={} errors={}", region, validation.errors().size());
            return HttpResponses.json(400, new ErrorBody(message(language), validation.errors()));
        }
        Reorganisations.Registered registered = reorganisations.register(validation.registration());
        LOG.info("reorganisation registered: region={} reorganisation={}", region,
                registered.reorganisation().reorganisationId());
        return HttpResponses.json(201, views.registered(registered.reorganisation(), registered.employerKey()));
    }

    private APIGatewayV2HTTPResponse list(String region, Map<String, String> query) {
        String status = query.get("status");
        if (status != null && !Set.of("OPEN", "CLOSED").contains(status)) {
            return HttpResponses.json(400, new ErrorBody("The query has errors.",
                    List.of(new FieldError("status", "UNKNOWN_VALUE", "OPEN or CLOSED"))));
        }
        try {
            ReorganisationStore.Page page = reorganisations.list(region,
                    status == null ? null : StoredReorganisation.Status.valueOf(status), PAGE,
                    query.get("pageToken"));
            ObjectNode answer = JsonNodeFactory.instance.objectNode();
            var items = answer.putArray("reorganisations");
            page.reorganisations().forEach(r -> items.add(ReorganisationViews.listItem(r)));
            if (page.next() == null) {
                answer.putNull("nextPageToken");
            } else {
                answer.put("nextPageToken", page.next());
            }
            return HttpResponses.json(200, answer);
        } catch (ReorganisationStore.InvalidPageTokenException e) {
            return HttpResponses.json(400, new ErrorBody("The query has errors.",
                    List.of(new FieldError("pageToken", "INVALID_TOKEN", "Use the token of a previous page."))));
        }
    }

    private ObjectNode detail(StoredReorganisation r) {
        return views.detail(r, reorganisations.employerCounts(r));
    }

    private static APIGatewayV2HTTPResponse notFound(String region) {
        return HttpResponses.json(404, ErrorBody.of("No such reorganisation in region " + region));
    }

    private static String message(Language language) {
        return language == Language.NL ? "De registratie bevat fouten; er is niets opgeslagen."
                : "The registration has errors; nothing was stored.";
    }
}
