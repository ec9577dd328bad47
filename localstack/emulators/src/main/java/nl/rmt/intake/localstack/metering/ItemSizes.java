package nl.rmt.intake.localstack.metering;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An item's size as DynamoDB bills it (the developer guide's "Item sizes and formats"): per attribute, its name's
 * UTF-8 bytes plus its value's; a string its UTF-8 bytes, a binary its bytes, a number 1 byte per two significant
 * digits plus 1, a boolean or null 1 byte, a list or map 3 bytes plus 1 per element (and a map entry's name), a set
 * its elements.
 */
final class ItemSizes {

    static final int KILOBYTE = 1024;

    private ItemSizes() {
    }

    static long of(Map<String, AttributeValue> item) {
        return item == null ? 0 : attributes(item);
    }

    /** The attributes named, those the item has. */
    static long of(Map<String, AttributeValue> item, Collection<String> names) {
        long bytes = 0;
        for (String name : names) {
            AttributeValue value = item.get(name);
            if (value != null) {
                bytes += utf8(name) + value(value);
            }
        }
        return bytes;
    }

    /** Write units for that many bytes: 1 per KB begun, at least 1. */
    static int kilobytes(long bytes) {
        return (int) Math.max(1, (bytes + KILOBYTE - 1) / KILOBYTE);
    }

    private static long attributes(Map<String, AttributeValue> attributes) {
        long bytes = 0;
        for (Map.Entry<String, AttributeValue> attribute : attributes.entrySet()) {
            bytes += utf8(attribute.getKey()) + value(attribute.getValue());
        }
        return bytes;
    }

    static long value(AttributeValue value) {
        return switch (value.type()) {
            case S -> utf8(value.s());
            case N -> number(value.n());
            case B -> value.b().asByteArrayUnsafe().length;
            case BOOL, NUL -> 1;
            case SS -> value.ss().stream().mapToLong(ItemSizes::utf8).sum();
            case NS -> value.ns().stream().mapToLong(ItemSizes::number).sum();
            case BS -> value.bs().stream().mapToLong(bytes -> bytes.asByteArrayUnsafe().length).sum();
            case L -> 3 + list(value.l());
            case M -> 3 + value.m().size() + attributes(value.m());
            case UNKNOWN_TO_SDK_VERSION -> 0;
        };
    }

    private static long list(List<AttributeValue> elements) {
        return elements.size() + elements.stream().mapToLong(ItemSizes::value).sum();
    }

    /** Leading and trailing zeros do not count, nor do the sign, the point and an exponent. */
    static long number(String number) {
        String mantissa = number.toLowerCase().split("e")[0].replace("-", "").replace("+", "").replace(".", "");
        int first = 0;
        while (first < mantissa.length() && mantissa.charAt(first) == '0') {
            first++;
        }
        int last = mantissa.length();
        while (last > first && mantissa.charAt(last - 1) == '0') {
            last--;
        }
        int digits = last - first;
        return (digits + 1) / 2 + 1;
    }

    private static long utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
