package nl.rmt.intake.localstack.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads CloudFormation YAML. The short tags ({@code !Ref}, {@code !GetAtt}, {@code !Sub}...) become the
 * long forms ({@code {"Ref": ...}}, {@code {"Fn::GetAtt": [...]}}), so everything downstream handles one
 * shape, the one CloudFormation itself turns templates into.
 */
public final class CloudFormationYaml {

    private static final List<String> FUNCTION_TAGS = List.of(
            "Sub", "Join", "Select", "If", "Equals", "Not", "And", "Or", "FindInMap", "Split",
            "ImportValue", "GetAZs", "Base64", "Cidr", "Length", "ToJsonString", "Transform");

    private CloudFormationYaml() {
    }

    /** Parses one YAML document into maps, lists and scalars, with intrinsic functions in long form. */
    public static Object parse(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(200);
        return new Yaml(new IntrinsicConstructor(options)).load(yaml);
    }

    private static final class IntrinsicConstructor extends SafeConstructor {

        IntrinsicConstructor(LoaderOptions options) {
            super(options);
            yamlConstructors.put(new Tag("!Ref"), new LongForm("Ref"));
            yamlConstructors.put(new Tag("!Condition"), new LongForm("Condition"));
            yamlConstructors.put(new Tag("!GetAtt"), new GetAtt());
            for (String function : FUNCTION_TAGS) {
                yamlConstructors.put(new Tag("!" + function), new LongForm("Fn::" + function));
            }
        }

        Object contents(Node node) {
            if (node instanceof ScalarNode scalar) {
                return constructScalar(scalar);
            }
            if (node instanceof SequenceNode sequence) {
                List<Object> items = new ArrayList<>();
                for (Node item : sequence.getValue()) {
                    items.add(constructObject(item));
                }
                return items;
            }
            Map<Object, Object> map = new LinkedHashMap<>();
            constructMapping2ndStep((MappingNode) node, map);
            return map;
        }

        private final class LongForm extends AbstractConstruct {
            private final String key;

            LongForm(String key) {
                this.key = key;
            }

            @Override
            public Object construct(Node node) {
                Map<String, Object> longForm = new LinkedHashMap<>();
                longForm.put(key, contents(node));
                return longForm;
            }
        }

        /** {@code !GetAtt Queue.Arn} splits at the first dot; nested attributes like {@code Db.Endpoint.Address} keep the rest. */
        private final class GetAtt extends AbstractConstruct {
            @Override
            public Object construct(Node node) {
                Object value = contents(node);
                List<Object> arguments;
                if (value instanceof String dotted) {
                    int dot = dotted.indexOf('.');
                    if (dot < 1) {
                        throw new IllegalArgumentException("!GetAtt needs Resource.Attribute, got '" + dotted + "'");
                    }
                    arguments = List.of(dotted.substring(0, dot), dotted.substring(dot + 1));
                } else {
                    arguments = new ArrayList<>((List<?>) value);
                }
                Map<String, Object> longForm = new LinkedHashMap<>();
                longForm.put("Fn::GetAtt", arguments);
                return longForm;
            }
        }
    }
}
