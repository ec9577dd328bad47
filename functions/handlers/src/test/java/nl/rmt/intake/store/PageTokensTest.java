package nl.rmt.intake.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import nl.rmt.intake.domain.casefile.CaseId;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class PageTokensTest {

    private static final String CASE_ID = "0b6f3c1e-8d2a-4f7b-9c3e-5a1d2e3f4a5b";
    private static final String SORT_KEY = "2026-03-01T09:15:00.123Z#" + CASE_ID;

    @Test
    void takesBackTheKeyItGaveOut() {
        Map<String, AttributeValue> key = key(CASE_ID, "REGION#AM18", SORT_KEY);

        assertThat(PageTokens.decode(PageTokens.encode(key), regionIndex("AM18"))).contains(key);
    }

    @Test
    void refusesAKeyOfAnotherRegion() {
        String token = PageTokens.encode(key(CASE_ID, "REGION#AM13", SORT_KEY));

        assertThat(PageTokens.decode(token, regionIndex("AM18"))).isEmpty();
    }

    @Test
    void refusesAKeyOfAnotherIndex() {
        Map<String, AttributeValue> attentionKey = new HashMap<>(Keys.caseKey(CASE_ID));
        attentionKey.put("gsi4pk", AttributeValue.fromS("ATTENTION#AM18"));
        attentionKey.put("gsi4sk", AttributeValue.fromS(SORT_KEY));

        assertThat(PageTokens.decode(PageTokens.encode(attentionKey), regionIndex("AM18"))).isEmpty();
    }

    @Test
    void refusesKeysOfTheWrongShape() {
        String otherCase = "1c7a4d2f-9e3b-4a8c-8d4f-6b2e3f4a5b6c";
        Map<String, AttributeValue> extraKey = new HashMap<>(key(CASE_ID, "REGION#AM18", SORT_KEY));
        extraKey.put("status", AttributeValue.fromS("ROUTED"));
        Map<String, AttributeValue> missingKey = new HashMap<>(key(CASE_ID, "REGION#AM18", SORT_KEY));
        missingKey.remove("sk");

        assertThat(PageTokens.decode(PageTokens.encode(key(otherCase, "REGION#AM18", SORT_KEY)),
                regionIndex("AM18"))).isEmpty();
        assertThat(PageTokens.decode(PageTokens.encode(key("not-a-case", "REGION#AM18",
                "2026-03-01T09:15:00.123Z#not-a-case")), regionIndex("AM18"))).isEmpty();
        assertThat(PageTokens.decode(PageTokens.encode(key(CASE_ID, "REGION#AM18", "yesterday#" + CASE_ID)),
                regionIndex("AM18"))).isEmpty();
        assertThat(PageTokens.decode(PageTokens.encode(extraKey), regionIndex("AM18"))).isEmpty();
        assertThat(PageTokens.decode(PageTokens.encode(missingKey), regionIndex("AM18"))).isEmpty();
    }

    @Test
    void refusesGarbageThatIsNoTokenAtAll() {
        assertThat(PageTokens.decode("not base64!", regionIndex("AM18"))).isEmpty();
        assertThat(PageTokens.decode("", regionIndex("AM18"))).isEmpty();
        assertThat(PageTokens.decode(base64("{\"pk\":"), regionIndex("AM18"))).isEmpty();
        assertThat(PageTokens.decode(base64("[\"pk\",\"sk\"]"), regionIndex("AM18"))).isEmpty();
        assertThat(PageTokens.decode(base64("null"), regionIndex("AM18"))).isEmpty();
        assertThat(PageTokens.decode(base64("{\"pk\":1,\"sk\":{\"S\":\"CASE\"}}"), regionIndex("AM18"))).isEmpty();
    }

    @Test
    void refusesAnOversizedTokenBeforeReadingIt() {
        Map<String, AttributeValue> key = key(CASE_ID, "REGION#AM18", SORT_KEY);
        String padded = PageTokens.encode(key) + "A".repeat(600);

        assertThat(PageTokens.decode(padded, regionIndex("AM18"))).isEmpty();
    }

    private static PageTokens.IndexEntry regionIndex(String region) {
        return new PageTokens.IndexEntry("CASE#", "CASE", "gsi1pk", "REGION#" + region, "gsi1sk",
                CaseId::isWellFormed);
    }

    private static Map<String, AttributeValue> key(String caseId, String partition, String sortKey) {
        Map<String, AttributeValue> key = new HashMap<>(Keys.caseKey(caseId));
        key.put("gsi1pk", AttributeValue.fromS(partition));
        key.put("gsi1sk", AttributeValue.fromS(sortKey));
        return key;
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
