package nl.rmt.intake.domain.region;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.rmt.intake.domain.region.CsvRecords.CsvRecord;

/** Turns the CBS CSV into municipalities, refusing any table that would make region lookups ambiguous. */
final class MunicipalityTableReader {

    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("GM[0-9]{4}");
    private static final Pattern REGION_CODE = Pattern.compile("AM[0-9]{2}");

    // Looked up by header name so that a later year may reorder or add columns.
    private static final String MUNICIPALITY_CODE_COLUMN = "gemeente_code";
    private static final String MUNICIPALITY_NAME_COLUMN = "gemeente_naam";
    private static final String REGION_CODE_COLUMN = "arbeidsmarktregio_code";
    private static final String REGION_NAME_COLUMN = "arbeidsmarktregio_naam";
    private static final String PROVINCE_COLUMN = "provincie";

    private final Map<String, LabourMarketRegion> regionsByCode = new HashMap<>();
    private final Map<String, Municipality> municipalitiesByCode = new HashMap<>();
    private Map<String, Integer> columnIndex;
    private int columnCount;

    private MunicipalityTableReader() {
    }

    static List<Municipality> read(Reader csv) {
        return new MunicipalityTableReader().readAll(csv);
    }

    private List<Municipality> readAll(Reader csv) {
        List<CsvRecord> records = CsvRecords.read(csv);
        if (records.isEmpty()) {
            throw new MalformedTableException("the table is empty");
        }
        readHeader(records.get(0));
        List<Municipality> municipalities = new ArrayList<>();
        for (CsvRecord row : records.subList(1, records.size())) {
            municipalities.add(readRow(row));
        }
        if (municipalities.isEmpty()) {
            throw new MalformedTableException("the table has no municipalities");
        }
        return municipalities;
    }

    private void readHeader(CsvRecord header) {
        columnIndex = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            columnIndex.put(header.fields().get(i).trim(), i);
        }
        columnCount = header.fields().size();
        for (String required : List.of(MUNICIPALITY_CODE_COLUMN, MUNICIPALITY_NAME_COLUMN, REGION_CODE_COLUMN,
                REGION_NAME_COLUMN, PROVINCE_COLUMN)) {
            if (!columnIndex.containsKey(required)) {
                throw new MalformedTableException("header has no column " + required);
            }
        }
    }

    private Municipality readRow(CsvRecord row) {
        if (row.fields().size() != columnCount) {
            throw new MalformedTableException("line " + row.line() + ": expected " + columnCount
                    + " fields, found " + row.fields().size());
        }
        String code = value(row, MUNICIPALITY_CODE_COLUMN);
        requireCode(row, code, MUNICIPALITY_CODE);
        if (municipalitiesByCode.containsKey(code)) {
            throw new MalformedTableException("line " + row.line() + ": duplicate municipality code " + code);
        }
        Municipality municipality = new Municipality(code, value(row, MUNICIPALITY_NAME_COLUMN), readRegion(row),
                value(row, PROVINCE_COLUMN));
        municipalitiesByCode.put(code, municipality);
        return municipality;
    }

    private LabourMarketRegion readRegion(CsvRecord row) {
        String code = value(row, REGION_CODE_COLUMN);
        requireCode(row, code, REGION_CODE);
        LabourMarketRegion region = new LabourMarketRegion(code, value(row, REGION_NAME_COLUMN));
        LabourMarketRegion known = regionsByCode.putIfAbsent(code, region);
        if (known != null && !known.equals(region)) {
            throw new MalformedTableException("line " + row.line() + ": region " + code + " has two names");
        }
        return known == null ? region : known;
    }

    private static void requireCode(CsvRecord row, String code, Pattern pattern) {
        if (!pattern.matcher(code).matches()) {
            throw new MalformedTableException("line " + row.line() + ": code does not match " + pattern.pattern());
        }
    }

    private String value(CsvRecord row, String column) {
        String value = row.fields().get(columnIndex.get(column)).trim();
        if (value.isEmpty()) {
            throw new MalformedTableException("line " + row.line() + ": " + column + " is empty");
        }
        return value;
    }
}
