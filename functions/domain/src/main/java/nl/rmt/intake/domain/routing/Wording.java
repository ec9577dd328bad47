package nl.rmt.intake.domain.routing;

import java.util.Objects;
import nl.rmt.intake.domain.form.Language;

/** One piece of plain text in Dutch and in English. */
public record Wording(String nl, String en) {

    public Wording {
        Objects.requireNonNull(nl, "nl");
        Objects.requireNonNull(en, "en");
    }

    public String in(Language language) {
        return language == Language.NL ? nl : en;
    }
}
