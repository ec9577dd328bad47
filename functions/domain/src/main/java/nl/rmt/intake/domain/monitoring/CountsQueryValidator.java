package nl.rmt.intake.domain.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import nl.rmt.intake.domain.form.ErrorCode;
import nl.rmt.intake.domain.form.FieldError;
import nl.rmt.intake.domain.form.IsoDates;
import nl.rmt.intake.domain.region.LabourMarketRegion;
import nl.rmt.intake.domain.region.Municipalities;

/**
 * Reads a counts request, {@code from}, {@code to} and {@code region} as the query string has them, into a
 * {@link CountsQuery}, or into every field error at once. The callers are the ministry's and the regions' staff,
 * so the messages are in English, as the other staff APIs' are; they never repeat what was sent.
 */
public final class CountsQueryValidator {

    static final String FROM = "from";
    static final String TO = "to";
    static final String REGION = "region";
    /** Not an {@link ErrorCode}: those are the citizen form's codes; the desk API answers a bad limit with it too. */
    static final String OUT_OF_RANGE = "OUT_OF_RANGE";

    /** No case is older than the service; the bounds keep a period's instants well inside every key format. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private final Municipalities municipalities;

    public CountsQueryValidator(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    /**
     * @param regions region codes separated by commas (API Gateway joins a repeated parameter that way), or null
     */
    public CountsQueryValidation validate(String from, String to, String regions) {
        List<FieldError> errors = new ArrayList<>();
        Optional<LocalDate> first = date(FROM, from, errors);
        Optional<LocalDate> last = date(TO, to, errors);
        if (first.isPresent() && last.isPresent()) {
            if (last.get().isBefore(first.get())) {
                errors.add(new FieldError(TO, ErrorCode.DATE_OUT_OF_RANGE.name(),
                        "The period ends before it starts: give a date on or after from."));
            } else if (last.get().toEpochDay() - first.get().toEpochDay() + 1 > ReportingPeriod.MAX_DAYS) {
                errors.add(new FieldError(TO, OUT_OF_RANGE, "A period is at most " + ReportingPeriod.MAX_DAYS
                        + " days (one year, a leap year included); ask for longer periods one year at a time."));
            }
        }
        List<LabourMarketRegion> named = regions(regions, errors);
        if (!errors.isEmpty()) {
            return new CountsQueryValidation.Invalid(errors);
        }
        return new CountsQueryValidation.Valid(new CountsQuery(new ReportingPeriod(first.get(), last.get()), named));
    }

    private static Optional<LocalDate> date(String field, String typed, List<FieldError> errors) {
        if (typed == null || typed.isBlank()) {
            errors.add(new FieldError(field, ErrorCode.REQUIRED.name(), "Give a date as YYYY-MM-DD."));
            return Optional.empty();
        }
        Optional<LocalDate> date = IsoDates.parse(typed);
        if (date.isEmpty()) {
            errors.add(new FieldError(field, ErrorCode.INVALID_DATE.name(),
                    "Not a date: give one that exists, as YYYY-MM-DD."));
        } else if (date.get().isBefore(EARLIEST) || date.get().isAfter(LATEST)) {
            errors.add(new FieldError(field, ErrorCode.DATE_OUT_OF_RANGE.name(),
                    "Give a date from " + EARLIEST + " to " + LATEST + "."));
            return Optional.empty();
        }
        return date;
    }

    private List<LabourMarketRegion> regions(String joined, List<FieldError> errors) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        TreeSet<LabourMarketRegion> named = new TreeSet<>(Comparator.comparing(LabourMarketRegion::code));
        for (String code : joined.split(",")) {
            if (code.isBlank()) {
                continue;
            }
            Optional<LabourMarketRegion> region = municipalities.region(code.trim().toUpperCase(Locale.ROOT));
            if (region.isEmpty()) {
                errors.add(new FieldError(REGION, ErrorCode.UNKNOWN_REGION.name(),
                        "Not a labour-market region: use codes such as AM18, separated by commas."));
                return List.of();
            }
            named.add(region.get());
        }
        return List.copyOf(named);
    }
}
