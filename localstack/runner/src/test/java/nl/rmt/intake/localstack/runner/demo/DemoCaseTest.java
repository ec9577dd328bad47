package nl.rmt.intake.localstack.runner.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCaseTest {

    @TempDir
    Path folder;

    @Test
    void demoShapePostsTheFormToItsRegionsIntakes() throws IOException {
        DemoCase demoCase = DemoCase.read(write("zzp.json", """
                {"region": "AM27", "headers": {"accept-language": "nl"},
                 "body": {"person": {"email": "bram.vandenberg@example.org"}}}
                """));

        assertThat(demoCase.name()).isEqualTo("zzp");
        assertThat(demoCase.method()).isEqualTo("POST");
        assertThat(demoCase.pathAndQuery()).isEqualTo("/v1/regions/AM27/intakes");
        assertThat(demoCase.headers()).isEqualTo(Map.of("content-type", "application/json", "accept-language", "nl"));
        assertThat(demoCase.email()).isEqualTo("bram.vandenberg@example.org");
    }

    @Test
    void httpApiEventIsReplayedWithItsMethodPathQueryAndHeaders() throws IOException {
        DemoCase demoCase = DemoCase.read(write("event.json", """
                {"version": "2.0", "rawPath": "/v1/regions/AM18/intakes/preview", "rawQueryString": "explain=true",
                 "headers": {"content-type": "application/json", "host": "abc.execute-api.eu-west-1.amazonaws.com",
                             "content-length": "12", "idempotency-key": "k-1"},
                 "requestContext": {"http": {"method": "POST"}},
                 "body": "eyJuZWVkcyI6W119", "isBase64Encoded": true}
                """));

        assertThat(demoCase.method()).isEqualTo("POST");
        assertThat(demoCase.pathAndQuery()).isEqualTo("/v1/regions/AM18/intakes/preview?explain=true");
        assertThat(demoCase.headers()).isEqualTo(Map.of("content-type", "application/json", "idempotency-key", "k-1"));
        assertThat(demoCase.body()).isEqualTo("{\"needs\":[]}");
    }

    @Test
    void aFileInNeitherShapeIsRejectedNamingIt() throws IOException {
        Path file = write("empty.json", "{}");

        assertThatThrownBy(() -> DemoCase.read(file)).hasMessageContaining("empty.json needs \"region\" and \"body\"");
    }

    @Test
    void casesAreReadInFileNameOrder() throws IOException {
        write("b.json", "{\"region\": \"AM02\", \"body\": {}}");
        write("a.json", "{\"region\": \"AM01\", \"body\": {}}");
        write("notes.txt", "not a case");

        assertThat(DemoCase.readAll(folder)).extracting(DemoCase::name).containsExactly("a", "b");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }
}
