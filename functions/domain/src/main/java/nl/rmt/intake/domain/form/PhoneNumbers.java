package nl.rmt.intake.domain.form;

import java.util.Optional;
import java.util.regex.Pattern;

/** Reads a Dutch or international phone number as people type it and writes it as E.164 ({@code +31612345678}). */
final class PhoneNumbers {

    private static final Pattern TYPED = Pattern.compile("\\+?[0-9 .()\\-]*[0-9][0-9 .()\\-]*");
    private static final Pattern DUTCH = Pattern.compile("0[1-9][0-9]{8}");
    // E.164 allows at most 15 digits after the plus, country code included.
    private static final Pattern INTERNATIONAL = Pattern.compile("[1-9][0-9]{7,14}");
    private static final Pattern NETHERLANDS = Pattern.compile("31[1-9][0-9]{8}");
    private static final String NETHERLANDS_CODE = "31";
    private static final String INTERNATIONAL_PREFIX = "00";
    // "+31 (0)6 ..." is a common way to show the trunk zero that callers from abroad must leave out.
    private static final String TRUNK_ZERO = "(0)";

    private PhoneNumbers() {
    }

    static Optional<String> toE164(String typed) {
        String number = typed.trim();
        if (!TYPED.matcher(number).matches() || !hasAtMostOnePairOfParentheses(number)) {
            return Optional.empty();
        }
        boolean plus = number.startsWith("+");
        String digits = digitsOf(number);
        boolean international = plus || digits.startsWith(INTERNATIONAL_PREFIX);
        if (!international) {
            return DUTCH.matcher(digits).matches()
                    ? Optional.of("+" + NETHERLANDS_CODE + digits.substring(1))
                    : Optional.empty();
        }
        String withoutTrunkZero = digitsOf(number.replace(TRUNK_ZERO, ""));
        String subscriber = plus ? withoutTrunkZero : withoutTrunkZero.substring(INTERNATIONAL_PREFIX.length());
        if (!INTERNATIONAL.matcher(subscriber).matches()) {
            return Optional.empty();
        }
        if (subscriber.startsWith(NETHERLANDS_CODE) && !NETHERLANDS.matcher(subscriber).matches()) {
            return Optional.empty();
        }
        return Optional.of("+" + subscriber);
    }

    private static boolean hasAtMostOnePairOfParentheses(String number) {
        int open = number.indexOf('(');
        int close = number.indexOf(')');
        if (open < 0 && close < 0) {
            return true;
        }
        return open >= 0 && close > open + 1
                && number.lastIndexOf('(') == open
                && number.lastIndexOf(')') == close
                && number.substring(open + 1, close).chars().allMatch(Character::isDigit);
    }

    private static String digitsOf(String number) {
        return number.replaceAll("[^0-9]", "");
    }
}
