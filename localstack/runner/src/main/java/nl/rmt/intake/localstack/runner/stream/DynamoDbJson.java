package nl.rmt.intake.localstack.runner.stream;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Attribute values in DynamoDB JSON ({"S": "..."}, {"N": "..."}, {"M": {...}}...), as stream events carry them. */
final class DynamoDbJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DynamoDbJson() {
    }

    static ObjectNode item(Map<String, AttributeValue> item) {
        ObjectNode node = NODES.objectNode();
        item.forEach((name, value) -> node.set(name, value(value)));
        return node;
    }

    static ObjectNode value(AttributeValue value) {
        ObjectNode node = NODES.objectNode();
        switch (value.type()) {
            case S -> node.put("S", value.s());
            case N -> node.put("N", value.n());
            case B -> node.put("B", base64(value.b()));
            case BOOL -> node.put("BOOL", value.bool());
            case NUL -> node.put("NULL", true);
            case SS -> node.set("SS", strings(value.ss()));
            case NS -> node.set("NS", strings(value.ns()));
            case BS -> {
                ArrayNode binaries = NODES.arrayNode();
                value.bs().forEach(binary -> binaries.add(base64(binary)));
                node.set("BS", binaries);
            }
            case M -> node.set("M", item(value.m()));
            case L -> {
                ArrayNode list = NODES.arrayNode();
                value.l().forEach(element -> list.add(value(element)));
                node.set("L", list);
            }
            default -> throw new IllegalArgumentException("Unknown attribute value type " + value.type());
        }
        return node;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    private static String base64(SdkBytes bytes) {
        return Base64.getEncoder().encodeToString(bytes.asByteArray());
    }
}
