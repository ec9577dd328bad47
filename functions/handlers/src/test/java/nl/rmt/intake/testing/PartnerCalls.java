package nl.rmt.intake.testing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.util.Map;
import nl.rmt.intake.json.Json;

/** Feedback requests as API Gateway passes them on after checking the partner's SigV4 signature. */
public final class PartnerCalls {

    private PartnerCalls() {
    }

    /** @param role the caller's IAM role name, e.g. {@code rmt-intake-partner-uwv}; null for no IAM caller */
    public static APIGatewayV2HTTPEvent feedback(String caseId, String role, Map<String, String> body) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/partner/feedback-accepted.json");
        event.setPathParameters(Map.of("caseId", caseId));
        event.setRawPath("/v1/partner/cases/" + caseId + "/feedback");
        event.setBody(Json.write(body));
        var iam = event.getRequestContext().getAuthorizer().getIam();
        if (role == null) {
            event.getRequestContext().setAuthorizer(null);
        } else {
            iam.setUserArn("arn:aws:sts::123456789012:assumed-role/" + role + "/partner-session");
        }
        return event;
    }

    public static APIGatewayV2HTTPEvent feedbackFromPartner(String caseId, String partnerId, Map<String, String> body) {
        return feedback(caseId, System.getProperty("PARTNER_ROLE_PREFIX") + partnerId, body);
    }
}
