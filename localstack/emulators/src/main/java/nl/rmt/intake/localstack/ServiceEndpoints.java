package nl.rmt.intake.localstack;

import java.net.URI;

/** Where the emulators listen. */
public record ServiceEndpoints(URI dynamoDb, URI sqs, URI sesV2) {
}
