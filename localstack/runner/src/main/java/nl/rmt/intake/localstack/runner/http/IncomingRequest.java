package nl.rmt.intake.localstack.runner.http;

import java.nio.charset.StandardCharsets;
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

    /** What HTTP API's quota on a request's size before its body counts: the request line and header values. */
    long requestLineAndHeaderValuesBytes() {
        long bytes = utf8Bytes(method + " " + rawPath + (rawQueryString.isEmpty() ? "" : "?" + rawQueryString)
                + " " + protocol);
        for (List<String> values : headers.values()) {
            for (String value : values) {
                bytes += utf8Bytes(value);
            }
        }
        return bytes;
    }

    private static int utf8Bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
