package nl.rmt.intake.domain.form;

import java.util.Locale;
import java.util.Optional;

/** The language a citizen gets messages and errors in. */
public enum Language {
    NL, EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
