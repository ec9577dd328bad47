package nl.rmt.intake.domain.confirmation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.rmt.intake.domain.casefile.PublicReference;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.PartnerType;

/**
 * Everything the confirmation email states.
 *
 * @param leadDisplayName       the organisation that will contact the citizen, in the citizen's language
 * @param partnerTypesReceived  the kinds of organisation that received the citizen's data, lead first; repeats are
 *                              dropped
 * @param withdrawalUrl         where the citizen withdraws; must be http(s) so that it is safe as a link, and has no
 *                              fragment: {@link #withdrawalLink()} adds one
 * @param withdrawalCode        the secret that, with the reference, proves the citizen may withdraw the case
 * @param help                  per need the citizen ticked, who helps with it; empty when no need was ticked
 */
public record ConfirmationDetails(
        Language language,
        String givenName,
        String reference,
        String leadDisplayName,
        int contactWithinWorkingDays,
        List<PartnerType> partnerTypesReceived,
        String withdrawalUrl,
        String withdrawalCode,
        List<HelpLine> help) {

    public ConfirmationDetails(Language language, String givenName, String reference, String leadDisplayName,
            int contactWithinWorkingDays, List<PartnerType> partnerTypesReceived, String withdrawalUrl,
            String withdrawalCode) {
        this(language, givenName, reference, leadDisplayName, contactWithinWorkingDays, partnerTypesReceived,
                withdrawalUrl, withdrawalCode, List.of());
    }

    public ConfirmationDetails {
        help = List.copyOf(Objects.requireNonNull(help, "help"));
        Objects.requireNonNull(language, "language");
        requireText(givenName, "givenName");
        if (!PublicReference.isWellFormed(reference)) {
            throw new IllegalArgumentException("reference must be a well-formed public reference");
        }
        requireText(leadDisplayName, "leadDisplayName");
        requireText(withdrawalCode, "withdrawalCode");
        requireText(withdrawalUrl, "withdrawalUrl");
        if (!withdrawalUrl.startsWith("https://") && !withdrawalUrl.startsWith("http://")) {
            throw new IllegalArgumentException("withdrawalUrl must be an http(s) address");
        }
        if (withdrawalUrl.contains("#")) {
            throw new IllegalArgumentException("withdrawalUrl must not have a fragment");
        }
        if (contactWithinWorkingDays < 1) {
            throw new IllegalArgumentException("contactWithinWorkingDays must be at least 1");
        }
        if (partnerTypesReceived == null || partnerTypesReceived.isEmpty()) {
            throw new IllegalArgumentException("at least the lead's partner type received the data");
        }
        List<PartnerType> distinct = new ArrayList<>();
        for (PartnerType type : partnerTypesReceived) {
            if (!distinct.contains(Objects.requireNonNull(type, "partner type"))) {
                distinct.add(type);
            }
        }
        partnerTypesReceived = List.copyOf(distinct);
    }

    /**
     * The withdrawal page with the reference and code in the fragment, which the page reads to fill in its form. A
     * fragment never leaves the browser, so the code is in no server's or proxy's access log, unlike a query string.
     */
    public String withdrawalLink() {
        return withdrawalUrl + "#reference=" + reference + "&code="
                + URLEncoder.encode(withdrawalCode, StandardCharsets.UTF_8);
    }

    /** Field names only: the values are personal data. */
    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    /** Leaves out the values: they are personal data and the code is a secret. */
    @Override
    public String toString() {
        return "ConfirmationDetails[language=" + language + ", partnerTypesReceived=" + partnerTypesReceived + "]";
    }
}
