package nl.rmt.intake.localstack.runner.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A DynamoDB attribute value as ordinary JSON, for printing what a handler stored. */
final class PlainJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PlainJson() {
    }

    static JsonNode of(AttributeValue value) {
        return switch (value.type()) {
            case S -> NODES.textNode(value.s());
            case N -> NODES.numberNode(new BigDecimal(value.n()));
            case BOOL -> NODES.booleanNode(value.bool());
            case NUL -> NODES.nullNode();
            case B -> NODES.binaryNode(value.b().asByteArray());
            case SS -> strings(value.ss());
            case NS -> strings(value.ns());
            case M -> {
                ObjectNode object = NODES.objectNode();
                value.m().forEach((name, item) -> object.set(name, of(item)));
                yield object;
            }
            case L -> {
                ArrayNode array = NODES.arrayNode();
                value.l().forEach(item -> array.add(of(item)));
                yield array;
            }
            default -> NODES.textNode(String.valueOf(value));
        };
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }
}
