package nl.rmt.intake.localstack.runner.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SigV4AuthorizationTest {

    private static final String SIGNATURE = "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7";
    private static final String AUTHORIZATION = "AWS4-HMAC-SHA256 Credential=rmt-intake-partner-uwv/20260302/eu-west-1/"
            + "execute-api/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=" + SIGNATURE;

    @Test
    void aWellFormedSignatureNamesItsAccessKeyId() {
        assertThat(check(AUTHORIZATION, "20260302T091500Z")).contains("rmt-intake-partner-uwv");
    }

    @Test
    void anythingApiGatewayWouldRefuseBeforeCheckingTheSignatureGivesNoCaller() {
        assertThat(check(null, "20260302T091500Z")).as("no header").isEmpty();
        assertThat(check(AUTHORIZATION, null)).as("no X-Amz-Date").isEmpty();
        assertThat(check(AUTHORIZATION, "20260303T091500Z")).as("another day than the credential's").isEmpty();
        assertThat(check(AUTHORIZATION.replace("eu-west-1", "us-east-1"), "20260302T091500Z")).as("another region").isEmpty();
        assertThat(check(AUTHORIZATION.replace("execute-api", "lambda"), "20260302T091500Z")).as("another service").isEmpty();
        assertThat(check(AUTHORIZATION.replace("content-type;host;", "content-type;"), "20260302T091500Z"))
                .as("host not signed").isEmpty();
        assertThat(check(AUTHORIZATION.replace(SIGNATURE, "abc"), "20260302T091500Z")).as("short signature").isEmpty();
        assertThat(check(AUTHORIZATION.replace("AWS4-HMAC-SHA256", "AWS4-ECDSA-P256-SHA256"), "20260302T091500Z"))
                .as("SigV4a").isEmpty();
    }

    private static Optional<String> check(String authorization, String amzDate) {
        return SigV4Authorization.accessKeyId(Optional.ofNullable(authorization), Optional.ofNullable(amzDate), "eu-west-1");
    }
}
