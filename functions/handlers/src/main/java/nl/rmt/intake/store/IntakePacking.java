package nl.rmt.intake.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import nl.rmt.intake.domain.form.JsonText;
import nl.rmt.intake.json.Json;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The intake item as stored: besides its keys and type, one binary attribute, {@code intake}, holding the form, the
 * explained decision and who got the case, as JSON deflated against a preset dictionary. DynamoDB bills a write by
 * the item's size by attribute names and values, in 1 KB steps, twice in a transaction, and the intake item (2 to 6 KB
 * as attributes) is written in the intake's transaction and again in the erasure's. Deflated alone the explained
 * decision's two languages still took about 1 KB; against a dictionary of its field names and stock wording
 * ({@code intake-dictionary-1.txt}: typical decisions, no personal data) a typical intake takes 300 to 600 bytes.
 * The first byte names the dictionary, so a new one can come beside it; a dictionary in use never changes. Only the
 * store reads the item, so no query needs its attributes. An intake item stored as attributes (before packing) is
 * read as it is.
 */
public final class IntakePacking {

    public static final String PACKED = "intake";
    private static final Set<String> UNPACKED = Set.of(Keys.PK, Keys.SK, "type");
    private static final byte DICTIONARY_VERSION = 1;
    private static final byte[] DICTIONARY = dictionary("intake-dictionary-1.txt");

    private IntakePacking() {
    }

    /**
     * The item with every attribute but its keys and type packed into one, and the remarks (if any) beside them,
     * written from the text they were read as (no string is made of them).
     */
    static Map<String, AttributeValue> packed(Map<String, AttributeValue> item, JsonText remarks) {
        Map<String, AttributeValue> packed = new HashMap<>();
        ObjectNode intake = Json.MAPPER.createObjectNode();
        item.forEach((name, value) -> {
            if (UNPACKED.contains(name)) {
                packed.put(name, value);
            } else {
                intake.set(name, AttributeValues.toJson(value));
            }
        });
        if (remarks != null) {
            intake.putPOJO(CaseItems.REMARKS, remarks);
        }
        packed.put(PACKED, pack(intake));
        return packed;
    }

    /** The item as its readers know it, attribute by attribute; sets come back as lists. */
    public static Map<String, AttributeValue> unpacked(Map<String, AttributeValue> item) {
        if (item == null || !item.containsKey(PACKED)) {
            return item;
        }
        Map<String, AttributeValue> unpacked = new HashMap<>(item);
        unpacked.remove(PACKED);
        unpack(item.get(PACKED)).fields()
                .forEachRemaining(field -> unpacked.put(field.getKey(), AttributeValues.fromJson(field.getValue())));
        return unpacked;
    }

    /** The packed intake without the person's data: what erasure leaves of it (see {@link CaseUpdates}). */
    public static AttributeValue erased(AttributeValue packed) {
        ObjectNode intake = unpack(packed);
        intake.remove(CaseItems.PERSON);
        intake.remove(CaseItems.REMARKS);
        if (intake.path(CaseItems.DECISION).path("region") instanceof ObjectNode region) {
            region.remove(CaseItems.HOME_MUNICIPALITY);
        }
        return pack(intake);
    }

    private static AttributeValue pack(ObjectNode intake) {
        byte[] deflated = Deflated.deflate(Json.writeUtf8(intake), DICTIONARY);
        byte[] packed = new byte[deflated.length + 1];
        packed[0] = DICTIONARY_VERSION;
        System.arraycopy(deflated, 0, packed, 1, deflated.length);
        return AttributeValue.fromB(SdkBytes.fromByteArray(packed));
    }

    private static ObjectNode unpack(AttributeValue packed) {
        byte[] bytes = packed.b().asByteArrayUnsafe();
        if (bytes.length == 0 || bytes[0] != DICTIONARY_VERSION) {
            throw new IllegalStateException("Intake packed with an unknown dictionary");
        }
        return (ObjectNode) Json.read(Deflated.inflate(bytes, 1, DICTIONARY), JsonNode.class);
    }

    private static byte[] dictionary(String resource) {
        try (InputStream in = IntakePacking.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
