package nl.rmt.intake.localstack.runner.http;

import java.util.List;
import java.util.Map;

/** An HTTP request as received, before it becomes an API Gateway event. Header names as sent. */
record IncomingRequest(
        String method,
        String rawPath,
        String rawQueryString,
        Map<String, List<String>> headers,
        byte[] body,
        String protocol,
        String sourceIp) {
}
