package nl.rmt.intake.web;

import java.util.UUID;

/**
 * Addresses no other test uses. The form refuses an address holding nine digits that pass the 11-proof (a BSN), so
 * a random UUID's digits would fail a test now and then: every hex digit becomes a letter, leaving no digit at all.
 */
final class EmailAddresses {

    private EmailAddresses() {
    }

    /** {@code name} and a random part of 32 letters, at example.org. */
    static String unique(String name) {
        StringBuilder letters = new StringBuilder(name).append('.');
        for (char c : UUID.randomUUID().toString().replace("-", "").toCharArray()) {
            letters.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
        }
        return letters.append("@example.org").toString();
    }
}
