package nl.rmt.intake.localstack.runner.invoke;

import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Turns JSON into a handler's input and its output back into JSON the way the Java Lambda runtime does:
 * aws-lambda-java-events types through their dedicated serializers (which know, for instance, that a
 * DynamoDB stream record's images are in DynamoDB JSON), everything else through the runtime's Jackson setup.
 */
final class LambdaSerialization {

    private LambdaSerialization() {
    }

    @SuppressWarnings("unchecked")
    static PojoSerializer<Object> serializerFor(Type type, ClassLoader classLoader) {
        Class<?> raw = rawClass(type);
        if (raw != null && LambdaEventSerializers.isLambdaSupportedEvent(raw.getName())) {
            return (PojoSerializer<Object>) LambdaEventSerializers.serializerFor(raw, classLoader);
        }
        return JacksonFactory.getInstance().getSerializer(type);
    }

    static String toJson(PojoSerializer<Object> serializer, Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        serializer.toJson(value, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> cls) {
            return cls;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> cls) {
            return cls;
        }
        return null;
    }
}
