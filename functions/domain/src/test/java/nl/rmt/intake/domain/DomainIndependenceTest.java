package nl.rmt.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DomainIndependenceTest {

    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void noDomainSourceImportsAwsCode() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<String> offenders = files
                    .filter(file -> file.toString().endsWith(".java"))
                    .filter(DomainIndependenceTest::importsAws)
                    .map(Path::toString)
                    .toList();
            assertThat(offenders).isEmpty();
        }
    }

    @Test
    void theSourceTreeIsWhereThisTestLooks() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            assertThat(files.filter(file -> file.toString().endsWith(".java")).count()).isGreaterThan(20);
        }
    }

    private static boolean importsAws(Path file) {
        try {
            return Files.readAllLines(file).stream().anyMatch(line -> line.startsWith("import software.amazon.")
                    || line.startsWith("import com.amazonaws.") || line.startsWith("import static software.amazon.")
                    || line.startsWith("import static com.amazonaws."));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
