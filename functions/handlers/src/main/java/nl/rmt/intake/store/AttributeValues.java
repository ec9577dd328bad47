package nl.rmt.intake.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Converts JSON trees to DynamoDB attribute values and back, so nested documents stay queryable maps. */
final class AttributeValues {

    private AttributeValues() {
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    static AttributeValue fromJson(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return AttributeValue.fromNul(true);
        }
        if (node.isObject()) {
            Map<String, AttributeValue> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(field -> map.put(field.getKey(), fromJson(field.getValue())));
            return AttributeValue.fromM(map);
        }
        if (node.isArray()) {
            List<AttributeValue> list = new ArrayList<>();
            node.forEach(element -> list.add(fromJson(element)));
            return AttributeValue.fromL(list);
        }
        if (node.isBoolean()) {
            return AttributeValue.fromBool(node.booleanValue());
        }
        if (node.isNumber()) {
            return AttributeValue.fromN(node.asText());
        }
        return AttributeValue.fromS(node.asText());
    }

    static JsonNode toJson(AttributeValue value) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        switch (value.type()) {
            case S:
                return json.textNode(value.s());
            case N:
                return json.numberNode(new java.math.BigDecimal(value.n()));
            case BOOL:
                return json.booleanNode(value.bool());
            case NUL:
                return json.nullNode();
            case M: {
                ObjectNode object = json.objectNode();
                value.m().forEach((key, element) -> object.set(key, toJson(element)));
                return object;
            }
            case L: {
                ArrayNode array = json.arrayNode();
                value.l().forEach(element -> array.add(toJson(element)));
                return array;
            }
            case SS: {
                ArrayNode array = json.arrayNode();
                value.ss().forEach(array::add);
                return array;
            }
            default:
                throw new IllegalArgumentException("Unsupported attribute type " + value.type());
        }
    }
}
