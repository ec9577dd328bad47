package nl.rmt.intake.handlers.monitoring;

import java.util.Locale;
import java.util.Optional;

/**
 * JSON or CSV: {@code ?format=} when given, else what {@code Accept} prefers, else JSON. A spreadsheet user can
 * follow a link with {@code format=csv}; a client program sets {@code Accept}.
 */
enum ResponseFormat {
    JSON, CSV;

    static final String PARAMETER = "format";

    /** @return empty for a {@code format} value that names neither */
    static Optional<ResponseFormat> of(String format, Optional<String> accept) {
        if (format != null && !format.isBlank()) {
            return switch (format.trim().toLowerCase(Locale.ROOT)) {
                case "json" -> Optional.of(JSON);
                case "csv" -> Optional.of(CSV);
                default -> Optional.empty();
            };
        }
        return Optional.of(accept.map(ResponseFormat::preferred).orElse(JSON));
    }

    /** The higher quality of the two wins; JSON on a tie, so that {@code *}{@code /*} stays JSON. */
    private static ResponseFormat preferred(String accept) {
        double csv = 0;
        double json = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";", -1);
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            double quality = quality(parts);
            if (type.equals("text/csv")) {
                csv = Math.max(csv, quality);
            } else if (type.equals("application/json") || type.equals("application/*") || type.equals("*/*")) {
                json = Math.max(json, quality);
            }
        }
        return csv > json ? CSV : JSON;
    }

    private static double quality(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].trim();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
