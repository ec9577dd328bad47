package nl.rmt.intake.handlers.http;

import java.util.regex.Pattern;

/** The region of a URL as it may appear in a log line: anything a caller typed there that is no code is hidden. */
public final class LoggedRegion {

    private static final Pattern REGION_CODE = Pattern.compile("AM\\d{2}");

    private LoggedRegion() {
    }

    public static String of(String region) {
        return region != null && REGION_CODE.matcher(region).matches() ? region : "(not a region code)";
    }
}
