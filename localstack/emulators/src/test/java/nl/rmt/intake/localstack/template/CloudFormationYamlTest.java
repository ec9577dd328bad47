package nl.rmt.intake.localstack.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CloudFormationYamlTest {

    @Test
    void refAndConditionBecomeTheirLongForms() {
        assertThat(parse("!Ref CasesTable")).isEqualTo(Map.of("Ref", "CasesTable"));
        assertThat(parse("!Condition IsProduction")).isEqualTo(Map.of("Condition", "IsProduction"));
    }

    @Test
    void getAttInDottedFormSplitsAtTheFirstDot() {
        assertThat(parse("!GetAtt Queue.Arn")).isEqualTo(Map.of("Fn::GetAtt", List.of("Queue", "Arn")));
        assertThat(parse("!GetAtt Db.Endpoint.Address")).isEqualTo(Map.of("Fn::GetAtt", List.of("Db", "Endpoint.Address")));
    }

    @Test
    void getAttInListFormKeepsTheList() {
        assertThat(parse("!GetAtt [Queue, QueueName]")).isEqualTo(Map.of("Fn::GetAtt", List.of("Queue", "QueueName")));
    }

    @Test
    void getAttWithoutAttributeIsRejected() {
        assertThatThrownBy(() -> parse("!GetAtt Queue")).hasMessage("!GetAtt needs Resource.Attribute, got 'Queue'");
    }

    @Test
    void subInStringAndListFormsKeepsItsArguments() {
        assertThat(parse("!Sub '${AWS::StackName}-cases'")).isEqualTo(Map.of("Fn::Sub", "${AWS::StackName}-cases"));
        assertThat(parse("!Sub ['${Name}-dlq', {Name: !Ref Stage}]")).isEqualTo(Map.of("Fn::Sub",
                List.of("${Name}-dlq", Map.of("Name", Map.of("Ref", "Stage")))));
    }

    @Test
    void everyOtherShortTagBecomesFnPrefixed() {
        Map<String, Object> expected = Map.ofEntries(
                Map.entry("join", Map.of("Fn::Join", List.of(",", List.of("a", "b")))),
                Map.entry("select", Map.of("Fn::Select", List.of(0, List.of("a")))),
                Map.entry("if", Map.of("Fn::If", List.of("IsProduction", "x", Map.of("Ref", "AWS::NoValue")))),
                Map.entry("equals", Map.of("Fn::Equals", List.of("a", "b"))),
                Map.entry("not", Map.of("Fn::Not", List.of(Map.of("Condition", "IsProduction")))),
                Map.entry("and", Map.of("Fn::And", List.of(Map.of("Condition", "A"), Map.of("Condition", "B")))),
                Map.entry("or", Map.of("Fn::Or", List.of(Map.of("Condition", "A"), Map.of("Condition", "B")))),
                Map.entry("findInMap", Map.of("Fn::FindInMap", List.of("Regions", "AM18", "Queue"))),
                Map.entry("split", Map.of("Fn::Split", List.of(",", "a,b"))),
                Map.entry("importValue", Map.of("Fn::ImportValue", "shared-vpc")),
                Map.entry("getAZs", Map.of("Fn::GetAZs", "")),
                Map.entry("base64", Map.of("Fn::Base64", "text")));

        Object parsed = parse("""
                join: !Join [',', [a, b]]
                select: !Select [0, [a]]
                if: !If [IsProduction, x, !Ref AWS::NoValue]
                equals: !Equals [a, b]
                not: !Not [!Condition IsProduction]
                and: !And [!Condition A, !Condition B]
                or: !Or [!Condition A, !Condition B]
                findInMap: !FindInMap [Regions, AM18, Queue]
                split: !Split [',', 'a,b']
                importValue: !ImportValue shared-vpc
                getAZs: !GetAZs ''
                base64: !Base64 text
                """);

        assertThat(parsed).isEqualTo(expected);
    }

    @Test
    void longFormsWrittenOutArePassedThrough() {
        assertThat(parse("{'Fn::GetAtt': [Queue, Arn]}")).isEqualTo(Map.of("Fn::GetAtt", List.of("Queue", "Arn")));
    }

    private static Object parse(String yaml) {
        return CloudFormationYaml.parse(yaml);
    }
}
