package nl.rmt.intake.localstack.runner.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.rmt.intake.localstack.EmbeddedStack;
import nl.rmt.intake.localstack.metering.RequestMeter;
import nl.rmt.intake.localstack.runner.LocalLambda;
import nl.rmt.intake.localstack.runner.fault.Reconciliation;
import nl.rmt.intake.localstack.runner.fault.Submissions;
import nl.rmt.intake.localstack.runner.invoke.Concurrency;

/**
 * The load run: synthetic intakes from many clients through the local stack's HTTP API, stream and queue pollers,
 * then what the table and the mailbox say about each case (see README, "The load run").
 * Usage: {@code LoadRun [intakes, default 5000] [clients, default 32] [seed] [--rate intakes-a-second]
 * [--without-proof-of-work]}: without a rate a burst (every client sends its next intake as soon as it has its
 * answer), with one paced (an open loop at that rate). The stage asks for a proof of work, as the template's default
 * does, unless told otherwise; the clients then solve a challenge for each intake, as the form does. The functions' concurrency is {@code -Drmt.lambda.concurrency}, by default as many instances as clients.
 */
public final class LoadRun {

    /** The cases that go on through acceptance, closing and erasure: enough for per-case figures, quick to run. */
    private static final int LIFE_SAMPLE = 200;

    private final EmbeddedStack stack;
    private final LocalLambda lambda;
    /** Letters only: digits beside the intake's number could look like a BSN, which the form refuses. */
    private final String runId = UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "x");

    public LoadRun(EmbeddedStack stack, LocalLambda lambda) {
        this.stack = stack;
        this.lambda = lambda;
    }

    public static void main(String[] args) {
        // Every instance of every function shares this JVM's keep-alive cache (5 connections a host by default),
        // where on AWS each instance has its own: without more, most calls to the emulators would open a connection.
        System.setProperty("http.maxConnections", "256");
        List<String> positional = new ArrayList<>(List.of(args));
        double rate = 0;
        boolean proofOfWork = !positional.remove("--without-proof-of-work");
        int rateAt = positional.indexOf("--rate");
        if (rateAt >= 0) {
            rate = Double.parseDouble(positional.remove(rateAt + 1));
            positional.remove(rateAt);
        }
        int intakes = positional.size() > 0 ? Integer.parseInt(positional.get(0)) : 5_000;
        int clients = positional.size() > 1 ? Integer.parseInt(positional.get(1)) : 32;
        long seed = positional.size() > 2 ? Long.parseLong(positional.get(2)) : 2026L;
        if (System.getProperty(Concurrency.PROPERTY) == null && System.getenv("RMT_LAMBDA_CONCURRENCY") == null) {
            // As many instances as clients, as Lambda would scale to, so that the run measures the stack, not throttling.
            System.setProperty(Concurrency.PROPERTY, Integer.toString(clients));
        }
        try (EmbeddedStack stack = EmbeddedStack.builder()
                        .parameter("ProofOfWork", proofOfWork ? "Enabled" : "Disabled").start();
                LocalLambda lambda = LocalLambda.start(stack, 0)) {
            LoadReport report = new LoadRun(stack, lambda).run(intakes, clients, seed, rate);
            System.out.println(report.text());
            System.exit(report.clean() ? 0 : 1);
        }
    }

    /** A burst: {@link #run(int, int, long, double)} as fast as the API answers. */
    public LoadReport run(int intakes, int clients, long seed) {
        return run(intakes, clients, seed, 0);
    }

    /**
     * Warms every function up with a few intakes per client, then sends {@code intakes} and waits until the
     * pipeline is quiet. Every intake, warm-up included, is reconciled; the figures are the timed ones'.
     *
     * @param rate intakes a second, sent whatever the answers before them; 0 for as fast as the API answers
     */
    public LoadReport run(int intakes, int clients, long seed, double rate) {
        LoadClients client = new LoadClients(lambda.httpApiUrl(), runId);
        int warmUp = clients * 2;
        List<LoadClients.Sent> warm = client.send(0, warmUp, clients, seed);
        MeteredPhase.settle(lambda);
        List<List<LoadClients.Sent>> timedHolder = new ArrayList<>();
        long[] sendingNanos = new long[1];
        MeteredPhase pipeline = MeteredPhase.of(lambda, () -> {
            long started = System.nanoTime();
            timedHolder.add(client.send(warmUp, intakes, clients, seed + clients, rate));
            sendingNanos[0] = System.nanoTime() - started;
        });
        List<LoadClients.Sent> timed = timedHolder.get(0);
        Duration sending = Duration.ofNanos(sendingNanos[0]);
        Duration settled = pipeline.took();
        List<RequestMeter.Count> requests = pipeline.requests();
        Map<String, CaseTimeline> timelines = CaseTimeline.read(stack);
        Map<String, Integer> emailsByAddress = new java.util.HashMap<>();
        stack.mailbox().all().forEach(email -> email.to().forEach(to -> emailsByAddress.merge(to, 1, Integer::sum)));
        List<LoadClients.Sent> all = new ArrayList<>(warm);
        all.addAll(timed);
        Submissions submissions = new Submissions();
        for (LoadClients.Sent sent : all) {
            if (sent.status() == 202) {
                submissions.accepted(sent.caseId(), sent.email(), false, false);
            } else {
                submissions.failed(sent.status());
            }
        }
        Reconciliation reconciliation = Reconciliation.of(stack, submissions, Map.of(), settled);
        long apiRequests = timed.stream().mapToLong(LoadClients.Sent::apiRequests).sum();
        long emails = timed.stream().mapToLong(sent -> emailsByAddress.getOrDefault(sent.email(), 0)).sum();
        CostModel cost = new CostModel(intakes, pipeline.usage(), apiRequests, requests, pipeline.logBytes(), emails);
        List<String> sample = timed.stream().filter(sent -> sent.status() == 202).map(LoadClients.Sent::caseId)
                .limit(LIFE_SAMPLE).toList();
        List<CaseLife.Step> life = new CaseLife(stack, lambda).run(sample);
        return LoadReport.of(intakes, clients, rate, timed, sending, settled, timelines, emailsByAddress, reconciliation,
                pipeline, cost, life);
    }
}
