package nl.rmt.intake.domain.routing;

import nl.rmt.intake.domain.form.PartnerType;

/**
 * The sentences that explain why routing did not do what a rule asked. Desk staff read them; they name types,
 * regions and partner ids only, never anything about the person.
 */
final class FallbackReasons {

    private FallbackReasons() {
    }

    static String noConsentForLead(PartnerType type) {
        return "no consent for " + type + ": lead is the RMT desk";
    }

    static String noPartnerInRegion(PartnerType type, String regionCode) {
        return "no " + type + " partner in region " + regionCode + ": lead is the RMT desk";
    }

    static String noConsentForReferral(PartnerType type) {
        return "no consent for " + type;
    }

    static String sameAsLead(Partner partner) {
        return "same partner as the lead (" + partner.id() + "): it already gets the case";
    }

    static String alreadyReferred(Partner partner) {
        return "already referred to " + partner.id() + ": one message per partner";
    }

    static String handedBack(Partner partner) {
        return partner.id() + " handed the case back";
    }

    static String everyChosenPartnerHandedBack() {
        return "every partner the rules chose handed the case back: lead is the RMT desk";
    }
}
