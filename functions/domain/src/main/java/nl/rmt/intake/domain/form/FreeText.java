package nl.rmt.intake.domain.form;

/** Checks shared by the fields a citizen types freely: names and remarks. */
final class FreeText {

    private FreeText() {
    }

    /** @return the trimmed text, or null when nothing but spaces was given */
    static String trimToNull(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    static boolean hasControlCharacters(String text, boolean lineBreaksAllowed) {
        return text.codePoints()
                .anyMatch(c -> Character.isISOControl(c) && !(lineBreaksAllowed && isLineBreakOrTab(c)));
    }

    private static boolean isLineBreakOrTab(int c) {
        return c == '\n' || c == '\r' || c == '\t';
    }
}
