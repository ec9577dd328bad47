package nl.rmt.intake.localstack.template;

import java.util.Optional;

/** A template parameter; {@code defaultValue} is the Default as written (string, number or list). */
public record TemplateParameter(String name, String type, Optional<Object> defaultValue) {
}
