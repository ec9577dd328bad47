package nl.rmt.intake.domain.calendar;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** The Dutch national public holidays. */
public enum Holiday {
    NIEUWJAARSDAG("Nieuwjaarsdag", false),
    /** A day off under some collective agreements only; many partners' offices close all the same. */
    GOEDE_VRIJDAG("Goede Vrijdag", true),
    EERSTE_PAASDAG("Eerste Paasdag", false),
    TWEEDE_PAASDAG("Tweede Paasdag", false),
    KONINGSDAG("Koningsdag", false),
    /**
     * A national holiday every year, though most collective agreements give the day off only every fifth year (2025,
     * 2030, …); partners' offices commonly close every year.
     */
    BEVRIJDINGSDAG("Bevrijdingsdag", true),
    HEMELVAARTSDAG("Hemelvaartsdag", false),
    EERSTE_PINKSTERDAG("Eerste Pinksterdag", false),
    TWEEDE_PINKSTERDAG("Tweede Pinksterdag", false),
    EERSTE_KERSTDAG("Eerste Kerstdag", false),
    TWEEDE_KERSTDAG("Tweede Kerstdag", false);

    private final String dutchName;
    private final boolean optional;

    Holiday(String dutchName, boolean optional) {
        this.dutchName = dutchName;
        this.optional = optional;
    }

    public String dutchName() {
        return dutchName;
    }

    /** Whether {@link DutchHolidays} may be configured to treat the day as a working day. */
    public boolean isOptional() {
        return optional;
    }

    /** The holidays {@link DutchHolidays} may leave out: Goede Vrijdag and Bevrijdingsdag. */
    public static Set<Holiday> optionalOnes() {
        Set<Holiday> optional = EnumSet.noneOf(Holiday.class);
        Arrays.stream(values()).filter(Holiday::isOptional).forEach(optional::add);
        return optional;
    }
}
