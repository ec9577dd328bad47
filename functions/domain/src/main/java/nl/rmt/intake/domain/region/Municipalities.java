package nl.rmt.intake.domain.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The CBS table of municipalities and the labour-market region each belongs to, for one year.
 * Lookups go by code only: names carry suffixes and change when municipalities merge or rename.
 */
public final class Municipalities {

    private static final String REFERENCE_DIRECTORY = "/reference/";
    private static final String SETTINGS = REFERENCE_DIRECTORY + "municipalities.properties";

    private final int year;
    private final Map<String, Municipality> municipalitiesByCode;
    private final Map<String, LabourMarketRegion> regionsByCode;

    private Municipalities(int year, List<Municipality> municipalities) {
        this.year = year;
        this.municipalitiesByCode = new LinkedHashMap<>();
        this.regionsByCode = new TreeMap<>();
        municipalities.stream()
                .sorted(Comparator.comparing(Municipality::code))
                .forEach(municipality -> {
                    municipalitiesByCode.put(municipality.code(), municipality);
                    regionsByCode.put(municipality.region().code(), municipality.region());
                });
    }

    /**
     * The table named in {@code /reference/municipalities.properties}, so that moving to a newer year's table
     * is a data change only.
     */
    public static Municipalities loadDefault() {
        Properties settings = new Properties();
        try (Reader reader = open(SETTINGS)) {
            settings.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SETTINGS, e);
        }
        String table = required(settings, "table");
        int year = parseYear(required(settings, "year"));
        try (Reader reader = open(REFERENCE_DIRECTORY + table)) {
            return load(reader, year);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + table, e);
        }
    }

    /**
     * @param csv  a CBS table with (at least) the columns gemeente_code, gemeente_naam, arbeidsmarktregio_code,
     *             arbeidsmarktregio_naam and provincie; the caller closes it
     * @param year the year the table describes
     * @throws MalformedTableException when a code is malformed or ambiguous
     */
    public static Municipalities load(Reader csv, int year) {
        return new Municipalities(year, MunicipalityTableReader.read(csv));
    }

    public Optional<Municipality> municipality(String gmCode) {
        return gmCode == null ? Optional.empty()
                : Optional.ofNullable(municipalitiesByCode.get(gmCode.trim().toUpperCase(Locale.ROOT)));
    }

    public Optional<LabourMarketRegion> region(String amCode) {
        return amCode == null ? Optional.empty()
                : Optional.ofNullable(regionsByCode.get(amCode.trim().toUpperCase(Locale.ROOT)));
    }

    /** @return every region that has at least one municipality, sorted by code */
    public List<LabourMarketRegion> regions() {
        return List.copyOf(regionsByCode.values());
    }

    /** @return every municipality, sorted by code */
    public List<Municipality> municipalities() {
        return List.copyOf(municipalitiesByCode.values());
    }

    /** @return the year the table describes */
    public int year() {
        return year;
    }

    private static Reader open(String resource) {
        InputStream stream = Municipalities.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("resource " + resource + " is missing from the classpath");
        }
        return new InputStreamReader(stream, StandardCharsets.UTF_8);
    }

    private static String required(Properties settings, String key) {
        String value = settings.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(SETTINGS + " has no " + key);
        }
        return value.trim();
    }

    private static int parseYear(String year) {
        try {
            return Integer.parseInt(year);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(SETTINGS + ": year is not a number", e);
        }
    }
}
