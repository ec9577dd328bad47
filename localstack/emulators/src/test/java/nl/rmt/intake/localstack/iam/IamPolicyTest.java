package nl.rmt.intake.localstack.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IamPolicyTest {

    private static final String QUEUES = "arn:aws:sqs:eu-west-1:1:rmt-partner-*";

    @Test
    void aWildcardMatchesAnyRunOfCharactersAndAQuestionMarkOneCharacter() {
        assertThat(IamPattern.matchesResource(QUEUES, "arn:aws:sqs:eu-west-1:1:rmt-partner-uwv.fifo")).isTrue();
        assertThat(IamPattern.matchesResource(QUEUES, "arn:aws:sqs:eu-west-1:1:rmt-desk-am01.fifo")).isFalse();
        assertThat(IamPattern.matchesResource("arn:aws:sqs:eu-west-1:1:q?", "arn:aws:sqs:eu-west-1:1:q1")).isTrue();
        assertThat(IamPattern.matchesResource("arn:aws:sqs:eu-west-1:1:q?", "arn:aws:sqs:eu-west-1:1:q12")).isFalse();
    }

    @Test
    void actionsIgnoreCaseAndResourcesDoNot() {
        assertThat(IamPattern.matchesAction("sqs:SendMessage", "SQS:sendmessage")).isTrue();
        assertThat(IamPattern.matchesAction("dynamodb:Get*", "dynamodb:GetItem")).isTrue();
        assertThat(IamPattern.matchesResource("arn:aws:sqs:eu-west-1:1:Queue", "arn:aws:sqs:eu-west-1:1:queue")).isFalse();
    }

    @Test
    void aTableGrantDoesNotCoverItsIndexes() {
        IamPolicy policy = new IamPolicy(List.of(allow("dynamodb:Query", "arn:aws:dynamodb:r:1:table/cases")));

        assertThat(policy.allows(new Permission("dynamodb:Query", "arn:aws:dynamodb:r:1:table/cases"))).isTrue();
        assertThat(policy.allows(new Permission("dynamodb:Query", "arn:aws:dynamodb:r:1:table/cases/index/gsi1"))).isFalse();
    }

    @Test
    void anExplicitDenyWinsOverAnAllow() {
        IamPolicy policy = new IamPolicy(List.of(
                allow("sqs:SendMessage", QUEUES),
                new IamStatement(false, List.of("sqs:SendMessage"), List.of("arn:aws:sqs:eu-west-1:1:*-dlq.fifo"), "deny")));

        assertThat(policy.allows(new Permission("sqs:SendMessage", "arn:aws:sqs:eu-west-1:1:rmt-partner-uwv.fifo"))).isTrue();
        assertThat(policy.allows(new Permission("sqs:SendMessage", "arn:aws:sqs:eu-west-1:1:rmt-partner-uwv-dlq.fifo")))
                .isFalse();
        assertThat(policy.grants()).hasSize(1);
    }

    @Test
    void nothingIsAllowedThatNoStatementAllows() {
        assertThat(new IamPolicy(List.of()).allows(new Permission("dynamodb:GetItem", "*"))).isFalse();
    }

    private static IamStatement allow(String action, String resource) {
        return new IamStatement(true, List.of(action), List.of(resource), "test");
    }
}
