package nl.rmt.intake.localstack.compose;

import java.util.regex.Pattern;

/** Quoting for bash words in the generated script. */
final class Shell {

    /** Words made of these need no quotes, which keeps names in the script easy to read and grep. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._@:/+=,-]+");

    private Shell() {
    }

    static String quote(String word) {
        if (PLAIN.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
