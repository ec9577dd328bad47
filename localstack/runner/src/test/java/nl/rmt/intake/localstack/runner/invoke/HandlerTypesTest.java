package nl.rmt.intake.localstack.runner.invoke;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandlerTypesTest {

    static class Direct implements RequestHandler<SQSEvent, SQSBatchResponse> {
        @Override
        public SQSBatchResponse handleRequest(SQSEvent input, Context context) {
            return null;
        }
    }

    abstract static class BaseHandler<I> implements RequestHandler<I, String> {
    }

    static class ThroughASuperclass extends BaseHandler<List<String>> {
        @Override
        public String handleRequest(List<String> input, Context context) {
            return null;
        }
    }

    @Test
    void findsTheTypeArgumentsOfADirectlyImplementedInterface() {
        assertThat(HandlerTypes.typeArguments(Direct.class, RequestHandler.class))
                .hasValueSatisfying(types -> assertThat(types).containsExactly(SQSEvent.class, SQSBatchResponse.class));
    }

    @Test
    void followsTypeVariablesThroughAGenericSuperclass() {
        Type[] types = HandlerTypes.typeArguments(ThroughASuperclass.class, RequestHandler.class).orElseThrow();

        assertThat(types[0]).isInstanceOfSatisfying(ParameterizedType.class, input -> {
            assertThat(input.getRawType()).isEqualTo(List.class);
            assertThat(input.getActualTypeArguments()).containsExactly(String.class);
        });
        assertThat(types[1]).isEqualTo(String.class);
    }

    @Test
    void aClassThatDoesNotImplementTheInterfaceHasNoArguments() {
        assertThat(HandlerTypes.typeArguments(String.class, RequestHandler.class)).isEmpty();
    }
}
