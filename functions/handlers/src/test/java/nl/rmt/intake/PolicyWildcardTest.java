package nl.rmt.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.rmt.intake.localstack.ProjectFiles;
import org.junit.jupiter.api.Test;

/**
 * A wildcard in a policy's Resource grants what nobody listed: template.yaml must say why, in a comment on the line
 * or right above it.
 */
class PolicyWildcardTest {

    private static final Set<String> TYPES_WITH_POLICIES = Set.of("AWS::IAM::Role", "AWS::IAM::Policy",
            "AWS::IAM::ManagedPolicy", "AWS::Serverless::Function");
    private static final Pattern RESOURCE_ENTRY = Pattern.compile("^  ([A-Za-z0-9]+):\\s*$");
    private static final Pattern RESOURCE_TYPE = Pattern.compile("^    Type: (\\S+)\\s*$");

    @Test
    void everyWildcardResourceInAPolicyOfTheTemplateHasACommentBesideItSayingWhy() throws IOException {
        List<String> template = Files.readAllLines(ProjectFiles.template());

        assertThat(uncommentedWildcards(template)).isEmpty();
    }

    @Test
    void aWildcardResourceWithoutACommentIsFoundWhereverItIsWritten() {
        List<String> template = List.of(
                "Resources:",
                "  SomeRole:",
                "    Type: AWS::IAM::Role",
                "    Properties:",
                "      Policies:",
                "        - PolicyDocument:",
                "            Statement:",
                "              - Effect: Allow",
                "                Action: [sqs:SendMessage]",
                "                Resource: \"*\"",
                "              - Effect: Allow",
                "                Action: [sqs:SendMessage]",
                "                # Every partner's queue.",
                "                Resource: !Sub \"arn:aws:sqs:eu-west-1:1:partner-*\"",
                "              - Effect: Allow",
                "                Action: [sqs:SendMessage]",
                "                Resource:",
                "                  - !Sub \"arn:aws:sqs:eu-west-1:1:desk-*\"",
                "                  - !Sub \"arn:aws:sqs:eu-west-1:1:other-*\"  # every other queue",
                "  SomeQueue:",
                "    Type: AWS::SQS::Queue",
                "    Properties:",
                "      Resource: \"*\"");

        assertThat(uncommentedWildcards(template)).containsExactly(
                "line 10: Resource: \"*\"",
                "line 18: - !Sub \"arn:aws:sqs:eu-west-1:1:desk-*\"");
    }

    /** Each Resource value (inline or a list item) of a policy-bearing resource that holds a wildcard and no comment. */
    static List<String> uncommentedWildcards(List<String> lines) {
        List<String> found = new ArrayList<>();
        boolean inPolicyResource = false;
        int listIndent = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String stripped = line.strip();
            if (RESOURCE_ENTRY.matcher(line).matches()) {
                inPolicyResource = false;
                listIndent = -1;
                continue;
            }
            Matcher type = RESOURCE_TYPE.matcher(line);
            if (type.matches()) {
                inPolicyResource = TYPES_WITH_POLICIES.contains(type.group(1));
                continue;
            }
            if (!inPolicyResource || stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            String value;
            if (stripped.startsWith("Resource:")) {
                value = stripped.substring("Resource:".length()).strip();
                listIndent = value.isEmpty() ? indent : -1;
            } else if (listIndent >= 0 && indent >= listIndent && stripped.startsWith("- ")) {
                value = stripped.substring(2);
            } else {
                listIndent = -1;
                continue;
            }
            boolean commentOnLine = value.contains(" #");
            String written = commentOnLine ? value.substring(0, value.indexOf(" #")) : value;
            boolean commentAbove = i > 0 && lines.get(i - 1).strip().startsWith("#");
            if ((written.contains("*") || written.contains("?")) && !commentOnLine && !commentAbove) {
                found.add("line " + (i + 1) + ": " + stripped);
            }
        }
        return found;
    }
}
