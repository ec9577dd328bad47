package nl.rmt.intake.localstack.runner.http;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the local API checks of an IAM-authorised request: a SigV4 {@code Authorization} header for
 * {@code execute-api} in the stack's region, signing at least {@code host}, with an {@code X-Amz-Date} of the
 * credential's day. The signature itself is not verified: there are no real secrets locally, so the access key
 * id is taken at its word and names the caller's role.
 */
final class SigV4Authorization {

    private static final Pattern AUTHORIZATION = Pattern.compile(
            "AWS4-HMAC-SHA256\\s+Credential=([^/,\\s]+)/(\\d{8})/([a-z0-9-]+)/execute-api/aws4_request,"
                    + "\\s*SignedHeaders=([a-z0-9-]+(?:;[a-z0-9-]+)*),\\s*Signature=[0-9a-f]{64}\\s*");
    private static final Pattern AMZ_DATE = Pattern.compile("(\\d{8})T\\d{6}Z");

    private SigV4Authorization() {
    }

    /** The access key id of a well-formed signature, or empty when API Gateway would answer 403. */
    static Optional<String> accessKeyId(Optional<String> authorization, Optional<String> amzDate, String region) {
        if (authorization.isEmpty() || amzDate.isEmpty()) {
            return Optional.empty();
        }
        Matcher header = AUTHORIZATION.matcher(authorization.get());
        Matcher date = AMZ_DATE.matcher(amzDate.get());
        if (!header.matches() || !date.matches()) {
            return Optional.empty();
        }
        boolean sameDay = header.group(2).equals(date.group(1));
        boolean hostSigned = List.of(header.group(4).split(";")).contains("host");
        return sameDay && hostSigned && header.group(3).equals(region) ? Optional.of(header.group(1)) : Optional.empty();
    }
}
