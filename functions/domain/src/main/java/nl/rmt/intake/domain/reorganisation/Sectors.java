package nl.rmt.intake.domain.reorganisation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The sectors a reorganisation can name, from {@code /reference/sbi-sections.json}. */
public final class Sectors {

    static final String RESOURCE = "/reference/sbi-sections.json";

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final Map<String, Sector> byLetter;

    private Sectors(List<Sector> sections) {
        Map<String, Sector> sectors = new LinkedHashMap<>();
        for (Sector sector : sections) {
            if (sectors.put(sector.letter(), sector) != null) {
                throw new IllegalStateException(RESOURCE + ": section " + sector.letter() + " is listed twice");
            }
        }
        this.byLetter = Map.copyOf(sectors);
    }

    public static Sectors loadDefault() {
        try (InputStream in = Sectors.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return new Sectors(STRICT.readValue(in, SectionFile.class).sections());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Exactly a known letter, upper case: the API takes no names and no lower case. */
    public Optional<Sector> sector(String letter) {
        return letter == null ? Optional.empty() : Optional.ofNullable(byLetter.get(letter));
    }

    public List<String> letters() {
        return byLetter.keySet().stream().sorted().toList();
    }

    @JsonIgnoreProperties("$schema")
    private record SectionFile(String version, String source, List<Sector> sections) {
    }
}
