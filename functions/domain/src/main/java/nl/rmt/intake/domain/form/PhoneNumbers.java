package nl.rmt.intake.domain.form;

import java.util.Optional;

/** Reads a Dutch or international phone number as people type it and writes it as E.164 ({@code +31612345678}). */
final class PhoneNumbers {

    // E.164 allows at most 15 digits after the plus, country code included.
    private static final int MIN_INTERNATIONAL_DIGITS = 8;
    private static final int MAX_INTERNATIONAL_DIGITS = 15;
    private static final int DUTCH_DIGITS = 10;
    private static final String NETHERLANDS_CODE = "31";
    private static final String INTERNATIONAL_PREFIX = "00";
    // "+31 (0)6 ..." is a common way to show the trunk zero that callers from abroad must leave out.
    private static final String TRUNK_ZERO = "(0)";

    private PhoneNumbers() {
    }

    static Optional<String> toE164(String typed) {
        String number = typed.trim();
        if (!isTyped(number) || !hasAtMostOnePairOfParentheses(number)) {
            return Optional.empty();
        }
        boolean plus = number.startsWith("+");
        String digits = digitsOf(number);
        boolean international = plus || digits.startsWith(INTERNATIONAL_PREFIX);
        if (!international) {
            // 0[1-9] and eight more digits
            return digits.length() == DUTCH_DIGITS && digits.charAt(0) == '0' && digits.charAt(1) != '0'
                    ? Optional.of("+" + NETHERLANDS_CODE + digits.substring(1))
                    : Optional.empty();
        }
        String withoutTrunkZero = digitsOf(number.replace(TRUNK_ZERO, ""));
        String subscriber = plus ? withoutTrunkZero : withoutTrunkZero.substring(INTERNATIONAL_PREFIX.length());
        if (subscriber.length() < MIN_INTERNATIONAL_DIGITS || subscriber.length() > MAX_INTERNATIONAL_DIGITS
                || subscriber.charAt(0) == '0') {
            return Optional.empty();
        }
        // 31[1-9] and eight more digits
        if (subscriber.startsWith(NETHERLANDS_CODE) && (subscriber.length() != NETHERLANDS_CODE.length() + 9
                || subscriber.charAt(NETHERLANDS_CODE.length()) == '0')) {
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

    /** An optional +, then digits (at least one), spaces, dots, dashes and parentheses. */
    private static boolean isTyped(String number) {
        boolean digit = false;
        for (int i = number.startsWith("+") ? 1 : 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (isAsciiDigit(c)) {
                digit = true;
            } else if (c != ' ' && c != '.' && c != '(' && c != ')' && c != '-') {
                return false;
            }
        }
        return digit;
    }

    /** The ASCII digits only. */
    private static String digitsOf(String number) {
        StringBuilder digits = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            if (isAsciiDigit(number.charAt(i))) {
                digits.append(number.charAt(i));
            }
        }
        return digits.toString();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
