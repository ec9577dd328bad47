package nl.rmt.intake.localstack.runner.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Generates requests an attacker or a broken client could send to every route of the HTTP API: hostile bodies,
 * path values, query strings and headers. None of them is a valid request, so none may store anything. Every
 * value that could be echoed or logged carries a marker ({@code MRK…Q}) so that a leak can be found afterwards; a
 * marker in a key name comes after more than 40 characters, the part an answer may name.
 */
public final class HostileRequests {

    /** The routes of template.yaml's HTTP API, by route key. */
    public static final List<String> ROUTES = List.of(
            "POST /v1/regions/{region}/intakes",
            "POST /v1/regions/{region}/intakes/preview",
            "POST /v1/partner/cases/{caseId}/feedback",
            "POST /v1/withdrawals",
            "GET /v1/regions/{region}/cases",
            "GET /v1/regions/{region}/cases/{caseId}",
            "POST /v1/regions/{region}/cases/{caseId}/reroute",
            "GET /v1/monitoring/counts");

    /** A valid intake form of region AM18 whose lead is UWV; hostile intakes are this form made invalid. */
    public static final String VALID_FORM = """
            {"person": {"givenName": "Noor", "familyName": "Jansen", "email": "noor.jansen@example.org",
             "dateOfBirth": "1996-11-30", "language": "en", "phone": "+31 20 555 0147", "postcode": "1012 JS",
             "homeMunicipality": "GM0363"},
             "situation": {"workStatus": "UNEMPLOYED", "benefit": "WAJONG", "inBanenafspraakRegister": true,
             "hasBasicQualification": true, "statusHolder": false},
             "needs": ["WORK"],
             "consent": {"privacyStatement": true, "partnerTypes": {"UWV": true, "GEMEENTE": true}}}""";

    private static final String MARKER_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ23456789";
    private static final String[] TEXT_FIELDS = {"person.givenName", "person.familyName", "remarks"};
    private static final String[] SEPARATORS = {"", " ", "\u00a0", "\u2007", "\u202f", ".", " . ", "-", "\u2013",
        "/", "  ", "_", "\u2212", "\t"};

    private final Random random;
    private final List<String> caseIds;
    private final String stackName;

    /**
     * @param caseIds   ids of real cases of region AM18 led by UWV, so that some requests name a case that exists
     * @param stackName the stack's name, the prefix of the callers' role names
     */
    public HostileRequests(long seed, List<String> caseIds, String stackName) {
        this.random = new Random(seed);
        this.caseIds = List.copyOf(caseIds);
        this.stackName = stackName;
    }

    /** One request to a route. */
    public record Request(String route, String method, String path, String query, Map<String, String> headers,
                          String body, String role, List<String> markers) {
    }

    public Request next(String route) {
        List<String> markers = new ArrayList<>();
        Map<String, String> headers = headers(markers);
        return switch (route) {
            case "POST /v1/regions/{region}/intakes" -> new Request(route, "POST",
                    "/v1/regions/" + region(markers) + "/intakes", "", headers, intakeBody(markers), null, markers);
            case "POST /v1/regions/{region}/intakes/preview" -> new Request(route, "POST",
                    "/v1/regions/" + region(markers) + "/intakes/preview", "", headers, intakeBody(markers), null,
                    markers);
            case "POST /v1/partner/cases/{caseId}/feedback" -> new Request(route, "POST",
                    "/v1/partner/cases/" + caseId(markers) + "/feedback", "", headers, feedbackBody(markers),
                    role("partner-uwv"), markers);
            case "POST /v1/withdrawals" -> new Request(route, "POST", "/v1/withdrawals", "", headers,
                    withdrawalBody(markers), null, markers);
            case "GET /v1/regions/{region}/cases" -> new Request(route, "GET",
                    "/v1/regions/" + region(markers) + "/cases", listQuery(markers), headers, null, role("desk-am18"),
                    markers);
            case "GET /v1/regions/{region}/cases/{caseId}" -> new Request(route, "GET",
                    "/v1/regions/" + region(markers) + "/cases/" + caseId(markers), oddQuery(markers), headers, null,
                    role("desk-am18"), markers);
            case "POST /v1/regions/{region}/cases/{caseId}/reroute" -> new Request(route, "POST",
                    "/v1/regions/" + region(markers) + "/cases/" + caseId(markers) + "/reroute", "", headers,
                    rerouteBody(markers), role("desk-am18"), markers);
            case "GET /v1/monitoring/counts" -> new Request(route, "GET", "/v1/monitoring/counts",
                    countsQuery(markers), headers, null, role("monitoring"), markers);
            default -> throw new IllegalArgumentException("No such route: " + route);
        };
    }

    // ---- markers

    private String marker(List<String> markers) {
        StringBuilder marker = new StringBuilder("MRK");
        for (int i = 0; i < 10; i++) {
            marker.append(MARKER_ALPHABET.charAt(random.nextInt(MARKER_ALPHABET.length())));
        }
        String made = marker.append('Q').toString();
        markers.add(made);
        return made;
    }

    private <T> T oneOf(List<Supplier<T>> choices) {
        return choices.get(random.nextInt(choices.size())).get();
    }

    // ---- callers, paths, queries and headers

    /** Mostly the route's own role, sometimes another one or none, so both the checks and the refusals run. */
    private String role(String own) {
        int pick = random.nextInt(20);
        if (pick == 0) {
            return null;
        }
        if (pick == 1) {
            return stackName + "-desk-am27";
        }
        return stackName + "-" + own;
    }

    private String region(List<String> markers) {
        return oneOf(List.of(() -> "AM18", () -> "AM18", () -> "am18", () -> "AM99", () -> marker(markers),
                () -> "A".repeat(2000) + marker(markers), () -> "AM%EF%BC%91%EF%BC%98", () -> "%2E%2E",
                () -> "AM18%00" + marker(markers), () -> "%E2%80%AE" + marker(markers)));
    }

    private String caseId(List<String> markers) {
        return oneOf(List.of(
                () -> caseIds.get(random.nextInt(caseIds.size())),
                () -> UUID.randomUUID().toString(),
                () -> UUID.randomUUID().toString().toUpperCase(),
                () -> marker(markers).toLowerCase() + "-" + UUID.randomUUID(),
                () -> "c".repeat(2100) + marker(markers),
                () -> UUID.randomUUID() + "%27%22" + marker(markers),
                () -> "%2E%2E%2F" + marker(markers),
                () -> "%ED%BF%BF" + marker(markers)));
    }

    private Map<String, String> headers(List<String> markers) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (random.nextBoolean()) {
            headers.put("Accept-Language", oneOf(List.of(() -> "en", () -> ";", () -> "-", () -> ",;,",
                    () -> "nl;q=abc", () -> "en-" + marker(markers), () -> marker(markers) + ";q=0.5, en",
                    () -> "x".repeat(4000) + marker(markers))));
        }
        if (random.nextInt(3) == 0) {
            headers.put("Idempotency-Key", oneOf(List.of(() -> marker(markers), () -> marker(markers) + " spaces",
                    () -> "k".repeat(300) + marker(markers))));
        }
        if (random.nextInt(4) == 0) {
            headers.put("Accept", oneOf(List.of(() -> "text/csv;q=NaN", () -> ";", () -> "*/*;q=",
                    () -> marker(markers) + "/csv")));
        }
        if (random.nextInt(4) == 0) {
            headers.put("X-Hostile-" + marker(markers), marker(markers));
        }
        return headers;
    }

    private String listQuery(List<String> markers) {
        List<String> pairs = new ArrayList<>();
        if (random.nextBoolean()) {
            pairs.add("next=" + pageToken(markers));
        }
        if (random.nextBoolean()) {
            pairs.add("limit=" + oneOf(List.of(() -> "-1", () -> "0", () -> "201", () -> "1e9", () -> "NaN",
                    () -> "99999999999999999999", () -> marker(markers))));
        }
        if (random.nextBoolean()) {
            pairs.add("status=" + oneOf(List.of(() -> marker(markers), () -> "ROUTED,%00" + marker(markers))));
        }
        if (random.nextBoolean()) {
            pairs.add("partner=" + oneOf(List.of(() -> marker(markers),
                    () -> String.join(",", java.util.Collections.nCopies(200, marker(markers).toLowerCase()))
                            + ",p" + random.nextInt(1000) + "," + "x".repeat(300))));
        }
        if (pairs.isEmpty()) {
            pairs.add("group=" + marker(markers));
        }
        return String.join("&", pairs);
    }

    private String pageToken(List<String> markers) {
        String id = UUID.randomUUID().toString();
        return oneOf(List.of(
                () -> marker(markers),
                () -> "%21%21%21" + marker(markers),
                () -> token("{\"pk\":\"CASE#" + id + "\",\"sk\":\"CASE\",\"gsi1pk\":\"REGION#AM27\",\"gsi1sk\":"
                        + "\"2026-01-01T00:00:00.000Z#" + id + "\"}"),
                () -> token("{\"pk\":\"CASE#" + marker(markers) + "x".repeat(2000) + "\",\"sk\":\"CASE\","
                        + "\"gsi1pk\":\"REGION#AM18\",\"gsi1sk\":\"" + marker(markers) + "\"}"),
                () -> token("{\"pk\":1,\"sk\":[],\"gsi1pk\":{},\"gsi1sk\":null}"),
                () -> token("[\"" + marker(markers) + "\"]"),
                () -> token("x".repeat(5000))));
    }

    private static String token(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private String oddQuery(List<String> markers) {
        return random.nextBoolean() ? "" : "x=" + marker(markers);
    }

    private String countsQuery(List<String> markers) {
        String from = date(markers);
        String to = date(markers);
        String query = "from=" + from + "&to=" + to;
        if (random.nextBoolean()) {
            query += "&region=" + oneOf(List.of(() -> marker(markers), () -> "AM99", () -> "AM18,," + marker(markers),
                    () -> "AM18,".repeat(500)));
        }
        if (random.nextBoolean()) {
            query += "&format=" + oneOf(List.of(() -> marker(markers), () -> "CSV%00"));
        }
        return query;
    }

    private String date(List<String> markers) {
        return oneOf(List.of(() -> "0001-01-01", () -> "9999-12-31", () -> "2026-02-30", () -> "1999-12-31",
                () -> "2200-01-01", () -> "%2B2026-01-01", () -> marker(markers), () -> "20260101"));
    }

    // ---- bodies

    private String intakeBody(List<String> markers) {
        return oneOf(List.of(
                () -> mutatedForm(markers),
                () -> mutatedForm(markers),
                () -> mutatedForm(markers),
                () -> mutatedForm(markers),
                () -> notAForm(markers)));
    }

    /** The valid form with one to four faults, each carrying a marker where a value or key could leak. */
    private String mutatedForm(List<String> markers) {
        String form = VALID_FORM;
        int faults = 1 + random.nextInt(4);
        for (int i = 0; i < faults; i++) {
            form = fault(form, markers);
        }
        return form;
    }

    private String fault(String form, List<String> markers) {
        return oneOf(List.of(
                () -> setText(form, "\\udfff" + marker(markers), markers),
                () -> setText(form, marker(markers) + pick("\\ud800", "\\uffff", "\\ufffe", "\\ufdd0", "\\ud83f\\udfff",
                        "\\u202e", "\\u2066", "\\u0000", "\\u001b", "\\u0085", "\\u0007"), markers),
                () -> setText(form, marker(markers) + " " + bsn(), markers),
                () -> replace(form, "\"noor.jansen@example.org\"", "\"" + bsn().replace(" ", ".")
                        .replace("\u00a0", "_") + "@example.org\""),
                () -> replace(form, "\"needs\"", "\"" + "k".repeat(41) + marker(markers) + "\": 1, \"needs\""),
                () -> replace(form, "\"givenName\"", "\"bsn" + "k".repeat(41) + marker(markers)
                        + "\": \"123456782\", \"givenName\""),
                () -> replace(form, "\"statusHolder\": false", "\"statusHolder\": " + pick("\"true\"", "1", "\"0\"",
                        "\"false\"", "[]", "{}")),
                () -> replace(form, "\"privacyStatement\": true", "\"privacyStatement\": " + pick("\"true\"", "1",
                        "\"yes\"")),
                () -> replace(form, "\"needs\": [\"WORK\"]", "\"needs\": " + pick("{}", "\"WORK\"", "[1]",
                        "[\"" + marker(markers) + "\"]")),
                () -> replace(form, "\"person\": {", "\"person\": {\"email\": 12, "),
                () -> replace(form, "\"Noor\"", "\"" + "n".repeat(101) + marker(markers) + "\""),
                () -> replace(form, "\"needs\"", "\"remarks\": \"" + "r".repeat(2001) + marker(markers)
                        + "\", \"needs\""),
                () -> replace(form, "\"UNEMPLOYED\"", "\"" + marker(markers) + "\""),
                () -> replace(form, "\"1996-11-30\"", "\"" + pick("0001-01-01", "2996-11-30", "1996-02-30")
                        + marker(markers) + "\""),
                () -> replace(form, "\"GM0363\"", "\"" + marker(markers) + "\""),
                () -> replace(form, "\"UWV\": true", "\"" + "u".repeat(41) + marker(markers) + "\": true"),
                () -> replace(form, "\"UWV\": true", "\"UWV\": \"" + marker(markers) + "\""),
                () -> replace(form, "\"language\": \"en\"", "\"language\": \"" + marker(markers) + "\""),
                () -> replace(form, "\"+31 20 555 0147\"", "\"" + pick("111222333", "111 222 333", "12")
                        + "\", \"x" + "k".repeat(41) + marker(markers) + "\": 0"),
                () -> replace(form, "\"needs\"", "\"remarks\": \"" + marker(markers) + "\", \"remarks\": \"x\", \"needs\"")));
    }

    private String setText(String form, String value, List<String> markers) {
        String field = TEXT_FIELDS[random.nextInt(TEXT_FIELDS.length)];
        return switch (field) {
            case "person.givenName" -> replace(form, "\"Noor\"", "\"No" + value + "or\"");
            case "person.familyName" -> replace(form, "\"Jansen\"", "\"X" + value + "Jansen\"");
            default -> replace(form, "\"needs\"", "\"remarks\": \"regel" + value + "\", \"needs\"");
        };
    }

    /** A nine-digit number that passes the 11-proof, written with random separators. */
    private String bsn() {
        String[] known = {"111222333", "123456782", "012345672", "999999990", "100000009"};
        String digits = known[random.nextInt(known.length)];
        StringBuilder written = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && random.nextInt(3) == 0) {
                written.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            }
            written.append(digits.charAt(i));
        }
        return written.toString().replace("\t", "\\t");
    }

    private String notAForm(List<String> markers) {
        return oneOf(List.of(
                () -> "",
                () -> "null",
                () -> "[]",
                () -> "\"" + marker(markers) + "\"",
                () -> "{\"person\": {\"givenName\": \"" + marker(markers),
                () -> "{" + "\"a\": {".repeat(3000) + "}".repeat(3000) + "}",
                () -> "[".repeat(5000) + "]".repeat(5000),
                () -> "{\"remarks\": 1e999999, \"x\": \"" + marker(markers) + "\"}",
                () -> "{\"remarks\": " + "9".repeat(5000) + "}",
                () -> "<xml>" + marker(markers) + "</xml>",
                () -> "{\"" + marker(markers) + "\": \"\\uZZZZ\"}"));
    }

    private String feedbackBody(List<String> markers) {
        return oneOf(List.of(
                () -> "{\"type\": \"" + marker(markers) + "\"}",
                () -> "{\"type\": \"ACCEPTED\", \"x" + "k".repeat(41) + marker(markers) + "\": true}",
                () -> "{\"type\": " + pick("1", "true", "[]", "{}", "null") + ", \"reason\": \"" + marker(markers)
                        + "\\u202e\"}",
                () -> "{\"type\": \"REJECTED\", \"reason\": \"X\\udfff" + marker(markers) + "\"}",
                () -> "{\"type\": \"REJECTED\", \"reason\": \"" + marker(markers) + " " + bsn() + "\"}",
                () -> "{\"type\": \"REJECTED\", \"reason\": \"" + "r".repeat(501) + marker(markers) + "\"}",
                () -> "{\"type\": \"CLOSED\", \"outcome\": \"" + marker(markers) + "\"}",
                () -> "{\"type\": \"ACCEPTED\", \"outcome\": \"WORK\", \"reason\": \"" + marker(markers) + "\"}",
                () -> "{\"type\": \"ACCEPTED\", \"type\": \"" + marker(markers) + "\"}",
                () -> notAForm(markers)));
    }

    private String withdrawalBody(List<String> markers) {
        return oneOf(List.of(
                () -> "{\"reference\": \"" + marker(markers) + "\", \"code\": \"" + marker(markers) + "\"}",
                () -> "{\"reference\": 7, \"code\": [\"" + marker(markers) + "\"]}",
                () -> "{\"reference\": \"RMT-7KQ4-XM2P\", \"code\": \"K7P2-99QX\", \"x" + "k".repeat(41)
                        + marker(markers) + "\": 1}",
                () -> "{\"reference\": \"RMT-7KQ4-XM2P\\udfff" + marker(markers) + "\"}",
                () -> notAForm(markers)));
    }

    private String rerouteBody(List<String> markers) {
        return oneOf(List.of(
                () -> "{\"partnerId\": \"" + marker(markers) + "\", \"reason\": \"r\"}",
                () -> "{\"partnerId\": \"uwv\", \"reason\": \"" + marker(markers) + "\\u2066\"}",
                () -> "{\"partnerId\": [\"uwv\"], \"reason\": \"" + marker(markers) + " " + bsn() + "\"}",
                () -> "{\"partnerId\": \"uwv\", \"reason\": 5, \"bsn" + "k".repeat(41) + marker(markers) + "\": 1}",
                () -> "{\"partnerId\": \"" + "p".repeat(70) + "\", \"reason\": \"\\udfff" + marker(markers) + "\"}",
                () -> notAForm(markers)));
    }

    private String pick(String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String replace(String form, String what, String with) {
        int at = form.indexOf(what);
        return at < 0 ? form : form.substring(0, at) + with + form.substring(at + what.length());
    }
}
