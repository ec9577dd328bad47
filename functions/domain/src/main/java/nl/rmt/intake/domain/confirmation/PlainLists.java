package nl.rmt.intake.domain.confirmation;

import java.util.List;

/** Lists as a sentence has them: "a", "a en b", "a, b en c". */
public final class PlainLists {

    private PlainLists() {
    }

    /** @param and the word before the last part, with its spaces, e.g. {@code " en "} */
    public static String join(List<String> parts, String and) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + and + parts.get(parts.size() - 1);
    }
}
