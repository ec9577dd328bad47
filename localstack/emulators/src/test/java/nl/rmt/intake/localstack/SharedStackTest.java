package nl.rmt.intake.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SharedStackTest {

    @Test
    void sharedStackStartsOnceFromTheProjectTemplateEvenWhenAskedConcurrently() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(4);
        List<Future<EmbeddedStack>> calls = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                calls.add(callers.submit(EmbeddedStack::shared));
            }
            List<EmbeddedStack> stacks = new ArrayList<>();
            for (Future<EmbeddedStack> call : calls) {
                stacks.add(call.get());
            }

            assertThat(Collections.frequency(stacks, stacks.get(0))).isEqualTo(4);
        } finally {
            callers.shutdownNow();
        }
        EmbeddedStack stack = EmbeddedStack.shared();
        assertThat(stack.template().source()).isEqualTo(ProjectFiles.template().toString());
        assertThat(stack.dynamoDb().listTables().tableNames()).contains(stack.resources().tableName("CasesTable"));
    }
}
