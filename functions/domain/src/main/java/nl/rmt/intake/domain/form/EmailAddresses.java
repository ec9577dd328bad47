package nl.rmt.intake.domain.form;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deliberately plain check of an email address ({@code local@domain.tld}): it catches typing mistakes; whether the
 * address exists only shows when the confirmation is delivered.
 */
public final class EmailAddresses {

    public static final int MAX_LENGTH = 254;

    // ASCII only: SES sends no SMTPUTF8, so a confirmation to a local part in another script could never leave.
    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";
    private static final String TOP_LEVEL = "(?:\\p{L}{2,63}|[xX][nN]--[a-zA-Z0-9-]{1,59})";
    private static final Pattern ADDRESS = Pattern.compile(
            "(" + ATOM + "(?:\\." + ATOM + ")*)@((?:" + LABEL + "\\.)+" + TOP_LEVEL + ")");
    private static final int MAX_LOCAL_PART_LENGTH = 64;

    private EmailAddresses() {
    }

    /** @return the address with its domain in lower case; mail servers may honour the case of the local part */
    public static Optional<String> normalise(String trimmed) {
        Matcher matcher = ADDRESS.matcher(trimmed);
        if (!matcher.matches() || matcher.group(1).length() > MAX_LOCAL_PART_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1) + "@" + matcher.group(2).toLowerCase(Locale.ROOT));
    }
}
