package nl.rmt.intake.handlers.partner;

import java.util.Locale;

/** The regional desks are partners too: the desk of region AM18 is partner {@code rmt-am18}. */
final class DeskPartners {

    private DeskPartners() {
    }

    static String partnerIdOf(String regionCode) {
        return "rmt-" + regionCode.toLowerCase(Locale.ROOT);
    }
}
