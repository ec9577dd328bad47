package nl.rmt.intake.localstack.runner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command line of {@link LocalStackMain}.
 *
 * @param partners    after the demo's intakes, the partner loop is played through the API (the default with demo;
 *                    {@code --partners} is kept as an alias of {@code --demo})
 * @param schedules   Schedule and ScheduleV2 events fire on their own timers, not only by hand
 * @param demoFolder  where the demo cases are; empty means the project's events/demo
 * @param freePorts   every service on a free port instead of the well-known ones (tests, CI)
 * @param concurrency instances per function at most (see {@code Concurrency}); empty: the setting or its default
 */
record LaunchOptions(boolean demo, boolean partners, boolean schedules, boolean exit, boolean freePorts, int httpPort,
                     Optional<Path> demoFolder, Optional<Path> template, Optional<Integer> concurrency) {

    static final String USAGE = """
            Usage: run-embedded.sh [--demo [--intake-only]] [--schedules] [--exit] [--free-ports] [--http-port N]
                                   [--demo-dir DIR] [--template FILE] [--concurrency N]
              --demo        submit every events/demo/*.json (else events/intakes/*.json) through the HTTP API,
                            print what happened, then play the partner loop: partners read their queues and
                            report back (a rejection re-routes, a silent lead is escalated, a case closes, a
                            citizen withdraws); ends with today's monitoring counts
              --intake-only with --demo: stop after the intakes, without the partner loop
              --schedules   run Schedule and ScheduleV2 events on their rate/cron/at timers; without it they
                            fire only by hand: POST /_local/schedules/{FunctionLogicalId}
              --exit        stop after start-up (and the demo) instead of running until Ctrl-C
              --free-ports  free ports for every service instead of 3000, 8000, 9324 and 8005
              --concurrency N  at most N instances of each function at once (default 8; a lower
                            ReservedConcurrentExecutions wins); the HTTP API answers 429 beyond it
            """;

    static LaunchOptions parse(String[] args) {
        boolean demo = false;
        boolean partners = false;
        boolean intakeOnly = false;
        boolean schedules = false;
        boolean exit = false;
        boolean freePorts = false;
        Integer httpPort = null;
        Path demoFolder = null;
        Path template = null;
        Integer concurrency = null;
        List<String> remaining = new ArrayList<>(List.of(args));
        while (!remaining.isEmpty()) {
            String arg = remaining.remove(0);
            switch (arg) {
                case "--demo" -> demo = true;
                case "--partners" -> partners = true;
                case "--intake-only" -> intakeOnly = true;
                case "--schedules" -> schedules = true;
                case "--exit" -> exit = true;
                case "--free-ports" -> freePorts = true;
                case "--http-port" -> httpPort = Integer.parseInt(value(arg, remaining));
                case "--demo-dir" -> demoFolder = Path.of(value(arg, remaining));
                case "--template" -> template = Path.of(value(arg, remaining));
                case "--concurrency" -> concurrency = Integer.parseInt(value(arg, remaining));
                default -> throw new IllegalArgumentException("Unknown option " + arg + "\n" + USAGE);
            }
        }
        int port = httpPort != null ? httpPort : freePorts ? 0 : LocalLambda.DEFAULT_HTTP_PORT;
        return new LaunchOptions(demo || partners, (demo || partners) && !intakeOnly, schedules, exit, freePorts, port,
                Optional.ofNullable(demoFolder), Optional.ofNullable(template), Optional.ofNullable(concurrency));
    }

    LocalLambda.ScheduleMode scheduleMode() {
        return schedules ? LocalLambda.ScheduleMode.ON_TIMER : LocalLambda.ScheduleMode.BY_HAND;
    }

    private static String value(String option, List<String> remaining) {
        if (remaining.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return remaining.remove(0);
    }
}
