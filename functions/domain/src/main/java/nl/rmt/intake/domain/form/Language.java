package nl.rmt.intake.domain.form;

import java.util.Locale;
import java.util.Optional;

/** The language a citizen gets messages and errors in. */
public enum Language {
    NL("nl"), EN("en");

    private static final Language[] ALL = values();

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String typed = code.trim().toLowerCase(Locale.ROOT);
        for (Language language : ALL) {
            if (language.code.equals(typed)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
