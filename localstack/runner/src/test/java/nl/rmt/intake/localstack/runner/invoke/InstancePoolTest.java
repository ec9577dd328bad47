package nl.rmt.intake.localstack.runner.invoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InstancePoolTest {

    private final AtomicInteger created = new AtomicInteger();
    private final InstancePool<Integer> pool = new InstancePool<>("TestFunction", 2, created::incrementAndGet);

    @Test
    void aFreeInstanceIsReusedBeforeAnotherIsInitialised() {
        Integer first = pool.instanceOrThrottle();
        pool.release(first);

        assertThat(pool.instanceOrThrottle()).isEqualTo(first);
        assertThat(pool.initialised()).isEqualTo(1);
    }

    @Test
    void aNewInstanceIsInitialisedOnlyWhenAllAreBusy() {
        Integer first = pool.instanceOrThrottle();
        Integer second = pool.instanceOrThrottle();

        assertThat(second).isNotEqualTo(first);
        assertThat(pool.initialised()).isEqualTo(2);
    }

    @Test
    void beyondTheLimitAnInvocationIsThrottledUntilAnInstanceIsFree() {
        Integer first = pool.instanceOrThrottle();
        pool.instanceOrThrottle();

        assertThatThrownBy(pool::instanceOrThrottle).isInstanceOf(FunctionThrottled.class)
                .hasMessageContaining("TestFunction");
        pool.release(first);
        assertThat(pool.instanceOrThrottle()).isEqualTo(first);
    }

    @Test
    void aCrashedInstanceIsReplacedByAFreshOne() {
        Integer crashed = pool.instanceOrThrottle();
        pool.discard();

        assertThat(pool.instanceOrThrottle()).isNotEqualTo(crashed);
        assertThat(pool.initialised()).isEqualTo(1);
    }

    @Test
    void withNoConcurrencyReservedEveryInvocationIsThrottled() {
        InstancePool<Integer> reservedZero = new InstancePool<>("TestFunction", 0, created::incrementAndGet);

        assertThatThrownBy(reservedZero::instanceOrThrottle).isInstanceOf(FunctionThrottled.class);
        assertThatThrownBy(reservedZero::awaitInstance).isInstanceOf(FunctionThrottled.class);
        assertThat(created).hasValue(0);
    }
}
