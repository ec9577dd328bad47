package nl.rmt.intake.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.rmt.intake.json.Json;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The token of a next page: the key a query stopped at, as URL-safe base64 of its JSON. A token is taken back only
 * when it has exactly the shape of a key that query gives out, so a forged one can neither fail the read nor start
 * it in another region's items.
 */
final class PageTokens {

    private static final int MAX_LENGTH = 512;

    private PageTokens() {
    }

    static String encode(Map<String, AttributeValue> key) {
        Map<String, String> plain = new LinkedHashMap<>();
        key.forEach((name, value) -> plain.put(name, value.s()));
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(Json.write(plain).getBytes(StandardCharsets.UTF_8));
    }

    /** @return the key to start from, or empty when the token is not one of {@code shape}'s keys */
    static Optional<Map<String, AttributeValue>> decode(String token, Predicate<Map<String, String>> shape) {
        if (token.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Map<?, ?> plain;
        try {
            plain = Json.MAPPER.readValue(Base64.getUrlDecoder().decode(token), Map.class);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (plain == null || !plain.values().stream().allMatch(String.class::isInstance)) {
            return Optional.empty();
        }
        Map<String, String> key = new HashMap<>();
        plain.forEach((name, value) -> key.put((String) name, (String) value));
        if (!shape.test(key)) {
            return Optional.empty();
        }
        Map<String, AttributeValue> start = new HashMap<>();
        key.forEach((name, value) -> start.put(name, AttributeValue.fromS(value)));
        return Optional.of(start);
    }

    /**
     * The key a query of one partition of an index stops at: the item's own key ({@code <prefix><id>} and a fixed
     * sort key) and its index entry, whose sort key is the fixed-width instant and the same id.
     */
    record IndexEntry(String itemPrefix, String itemSk, String indexPk, String partition, String indexSk,
                      Predicate<String> wellFormedId) implements Predicate<Map<String, String>> {

        private static final Pattern INSTANT_AND_ID = Pattern.compile(
                "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z#(.+)");

        @Override
        public boolean test(Map<String, String> key) {
            String sortKey = key.get(indexSk);
            Matcher instantAndId = sortKey == null ? null : INSTANT_AND_ID.matcher(sortKey);
            if (instantAndId == null || !instantAndId.matches() || !wellFormedId.test(instantAndId.group(1))) {
                return false;
            }
            return key.keySet().equals(Set.of(Keys.PK, Keys.SK, indexPk, indexSk))
                    && key.get(Keys.PK).equals(itemPrefix + instantAndId.group(1))
                    && key.get(Keys.SK).equals(itemSk)
                    && key.get(indexPk).equals(partition);
        }
    }
}
