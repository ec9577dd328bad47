package nl.rmt.intake.localstack.runner.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import nl.rmt.intake.localstack.EmbeddedStack;
import nl.rmt.intake.localstack.runner.LocalLambda;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hostile-input run's smaller corpus on the product's own template: 400 requests, 50 per route. */
class HostileInputRunTest {

    private static EmbeddedStack stack;
    private static LocalLambda lambda;
    private static HostileRunSummary summary;

    @BeforeAll
    static void run() throws Exception {
        // The pipeline is under test here; the proof of work of the public form has its own tests.
        stack = EmbeddedStack.builder().parameter("ProofOfWork", "Disabled").start();
        lambda = LocalLambda.start(stack, 0);
        summary = new HostileInputRun(stack, lambda).run(400, 7L);
        System.out.println(summary.report());
    }

    @AfterAll
    static void stop() {
        lambda.close();
        stack.close();
    }

    @Test
    void sendsToEveryRouteOfTheApi() {
        assertThat(summary.sentPerRoute()).containsOnlyKeys(HostileRequests.ROUTES)
                .allSatisfy((route, count) -> assertThat(count).isEqualTo(50));
        HostileRequests.ROUTES.forEach(route -> assertThat(lambda.servesRoute(route.split(" ")[0],
                route.split(" ")[1])).as(route).isTrue());
    }

    @Test
    void answersNoRequestWithAServerError() {
        assertThat(summary.serverErrors()).as(summary.report()).isZero();
    }

    @Test
    void storesNothingForAnyOfThem() {
        assertThat(summary.stored()).as(summary.report()).isZero();
    }

    @Test
    void namesTheFieldsOfEveryBadRequest() {
        assertThat(summary.notFieldLevel()).as(summary.report()).isZero();
        assertThat(summary.statusCounts()).containsKey(400);
    }

    @Test
    void neitherEchoesNorLogsAnyValueSent() {
        assertThat(summary.echoed()).as(summary.report()).isZero();
        assertThat(summary.logged()).as(summary.report()).isZero();
    }
}
