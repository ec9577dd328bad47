package nl.rmt.intake.handlers.monitoring;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.rmt.intake.application.CountCases;
import nl.rmt.intake.application.CountsReport;
import nl.rmt.intake.config.AwsClients;
import nl.rmt.intake.config.Settings;
import nl.rmt.intake.domain.form.FieldError;
import nl.rmt.intake.domain.monitoring.CountsQuery;
import nl.rmt.intake.domain.monitoring.CountsQueryValidation;
import nl.rmt.intake.domain.monitoring.CountsQueryValidator;
import nl.rmt.intake.domain.region.LabourMarketRegion;
import nl.rmt.intake.domain.region.Municipalities;
import nl.rmt.intake.handlers.http.ErrorBody;
import nl.rmt.intake.handlers.http.HttpApiHandler;
import nl.rmt.intake.handlers.http.HttpRequest;
import nl.rmt.intake.handlers.http.HttpResponses;
import nl.rmt.intake.observability.Invocation;
import nl.rmt.intake.observability.MetricsSink;
import nl.rmt.intake.store.DynamoDbMonitoringQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /v1/monitoring/counts?from=&to=&region=&format=}, IAM-authorised: the programme's anonymous counts of
 * the cases submitted in a period, per region and in total, as JSON or CSV. See {@link MonitoringCaller} for who
 * reads which regions.
 */
public final class MonitoringHandler implements HttpApiHandler {

    private static final Logger LOG = LoggerFactory.getLogger(MonitoringHandler.class);

    private final CountCases countCases;
    private final Municipalities municipalities;
    private final CountsQueryValidator validator;
    private final String monitoringRoleName;
    private final String deskRolePrefix;

    public MonitoringHandler() {
        this(new CountCases(new DynamoDbMonitoringQueries(AwsClients.dynamoDb(), Settings.required("TABLE_NAME")),
                        Clock.systemUTC()),
                Municipalities.loadDefault(),
                Settings.required("MONITORING_ROLE_NAME"),
                Settings.required("DESK_ROLE_PREFIX"));
    }

    public MonitoringHandler(CountCases countCases, Municipalities municipalities, String monitoringRoleName,
                             String deskRolePrefix) {
        this.countCases = countCases;
        this.municipalities = municipalities;
        this.validator = new CountsQueryValidator(municipalities);
        this.monitoringRoleName = monitoringRoleName;
        this.deskRolePrefix = deskRolePrefix;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return Invocation.observe(context, MetricsSink.standard(), metrics -> answer(event));
    }

    private APIGatewayV2HTTPResponse answer(APIGatewayV2HTTPEvent event) {
        Optional<MonitoringCaller> caller = MonitoringCaller.of(event, monitoringRoleName, deskRolePrefix);
        if (caller.isEmpty()) {
            LOG.info("counts refused: the caller has neither the monitoring role nor a desk role");
            return forbidden();
        }
        HttpRequest request = new HttpRequest(event);
        Map<String, String> query = request.queryParameters();
        Optional<ResponseFormat> format = ResponseFormat.of(query.get(ResponseFormat.PARAMETER),
                request.header("Accept"));
        CountsQueryValidation validation = validator.validate(query.get("from"), query.get("to"), query.get("region"));
        List<FieldError> errors = errors(validation, format);
        if (!errors.isEmpty()) {
            return HttpResponses.json(400, new ErrorBody("The query has errors.", errors));
        }
        CountsQuery countsQuery = ((CountsQueryValidation.Valid) validation).query();
        Optional<List<LabourMarketRegion>> regions = caller.get().regions(countsQuery.regions(), municipalities);
        if (regions.isEmpty()) {
            LOG.info("counts refused: a desk asked for another region's counts");
            return forbidden();
        }
        CountsReport report = countCases.count(countsQuery.period(), regions.get());
        LOG.info("counts: regions={} days={} intakes={} format={}", regions.get().size(), countsQuery.period().days(),
                report.total().intakes(), format.get());
        return format.get() == ResponseFormat.CSV ? csv(report) : HttpResponses.json(200, report);
    }

    private static List<FieldError> errors(CountsQueryValidation validation, Optional<ResponseFormat> format) {
        List<FieldError> errors = new ArrayList<>();
        if (validation instanceof CountsQueryValidation.Invalid invalid) {
            errors.addAll(invalid.errors());
        }
        if (format.isEmpty()) {
            errors.add(new FieldError(ResponseFormat.PARAMETER, "UNKNOWN_VALUE", "Any of [json, csv]"));
        }
        return errors;
    }

    private static APIGatewayV2HTTPResponse csv(CountsReport report) {
        return HttpResponses.of(200, "text/csv; charset=utf-8; header=present", CountsCsv.of(report),
                Map.of("Content-Disposition", "attachment; filename=\"" + CountsCsv.fileName(report) + "\""));
    }

    private static APIGatewayV2HTTPResponse forbidden() {
        return HttpResponses.json(403, ErrorBody.of("Forbidden"));
    }
}
