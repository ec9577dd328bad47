package nl.rmt.intake.application;

import java.time.LocalDate;
import java.util.Locale;

/**
 * At most a few confirmation emails a day to one address ({@code EMAILS_PER_ADDRESS_PER_DAY}, 3 by default), so
 * that the public form cannot flood an inbox. Intakes beyond it are still accepted and routed, without the email
 * (see README, "Abuse limits"). The address is kept only as a hash, for {@value #KEPT_DAYS} days.
 *
 * @param key    the counter: a hash of the normalised address, and the Dutch calendar day
 * @param perDay the emails the address may get that day
 */
public record EmailQuota(String key, int perDay) {

    public static final int DEFAULT_PER_DAY = 3;
    public static final int KEPT_DAYS = 2;

    public static EmailQuota of(String email, LocalDate day, int perDay) {
        return new EmailQuota(Sha256.hex("email-quota", normalised(email)) + "#" + day, perDay);
    }

    /**
     * Case does not matter to mail providers, and {@code name+anything@} reaches {@code name@} at most of them, so
     * these count as one address.
     */
    static String normalised(String email) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        int at = address.lastIndexOf('@');
        if (at < 0) {
            return address;
        }
        String local = address.substring(0, at);
        int tag = local.indexOf('+');
        return (tag > 0 ? local.substring(0, tag) : local) + address.substring(at);
    }

    /** The day's limit for this address is reached: the case is stored without its confirmation email. */
    public static final class ReachedException extends RuntimeException {
        public ReachedException() {
            super("The daily limit of confirmation emails to this address is reached");
        }
    }
}
