package nl.rmt.intake.handlers.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Locale;
import java.util.Optional;

/**
 * Who called an IAM-authorised route. API Gateway has verified the SigV4 signature; the caller's role name says
 * which partner or desk it is: {@code <stack>-partner-<partnerId>} or {@code <stack>-desk-<region>}.
 */
public final class CallerIdentity {

    private static final String ASSUMED_ROLE = ":assumed-role/";

    private CallerIdentity() {
    }

    /** The role name of the caller, when it called with an assumed role's credentials. */
    public static Optional<String> roleName(APIGatewayV2HTTPEvent event) {
        var context = event.getRequestContext();
        if (context == null || context.getAuthorizer() == null || context.getAuthorizer().getIam() == null) {
            return Optional.empty();
        }
        String userArn = context.getAuthorizer().getIam().getUserArn();
        if (userArn == null) {
            return Optional.empty();
        }
        int start = userArn.indexOf(ASSUMED_ROLE);
        if (start < 0) {
            return Optional.empty();
        }
        String roleAndSession = userArn.substring(start + ASSUMED_ROLE.length());
        int slash = roleAndSession.indexOf('/');
        return Optional.of(slash < 0 ? roleAndSession : roleAndSession.substring(0, slash));
    }

    /** The partner id in the caller's role name, given the roles' common prefix. */
    public static Optional<String> partnerId(APIGatewayV2HTTPEvent event, String partnerRolePrefix) {
        return roleName(event)
                .filter(role -> role.startsWith(partnerRolePrefix) && role.length() > partnerRolePrefix.length())
                .map(role -> role.substring(partnerRolePrefix.length()));
    }

    /** The region code (upper case) in a desk role's name. */
    public static Optional<String> deskRegion(APIGatewayV2HTTPEvent event, String deskRolePrefix) {
        return roleName(event)
                .filter(role -> role.startsWith(deskRolePrefix) && role.length() > deskRolePrefix.length())
                .map(role -> role.substring(deskRolePrefix.length()).toUpperCase(Locale.ROOT));
    }
}
