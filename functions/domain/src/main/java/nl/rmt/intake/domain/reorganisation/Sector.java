package nl.rmt.intake.domain.reorganisation;

import nl.rmt.intake.domain.form.Language;

/** A section of the CBS Standaard Bedrijfsindeling (SBI 2008), such as {@code C}, "Industrie" / "Manufacturing". */
public record Sector(String letter, String nl, String en) {

    public String name(Language language) {
        return language == Language.NL ? nl : en;
    }
}
