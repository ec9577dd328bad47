package nl.rmt.intake.localstack.runner.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import nl.rmt.intake.domain.form.IntakeSubmission;
import nl.rmt.intake.domain.region.Municipalities;
import nl.rmt.intake.domain.region.Municipality;

/**
 * Valid intake forms drawn at random, from every municipality of the CBS table, so that cases land in every region
 * and in every target group, in Dutch and English. Names and addresses are made up; the seed makes a run repeatable.
 * The benchmarks store them through the intake service, the load run posts them to the local HTTP API.
 */
public final class SyntheticIntakes {

    private static final String[] GIVEN_NAMES = {"Sanne", "Daan", "Fatima", "Mohamed", "Lotte", "Bram", "Noor",
        "Yusuf", "Eva", "Jan", "Amira", "Tim"};
    private static final String[] FAMILY_NAMES = {"de Vries", "Jansen", "Bakker", "Yilmaz", "Visser", "Smit",
        "El Amrani", "de Jong", "Mulder", "Bos"};
    private static final String[] WORK_STATUSES = {"EMPLOYED", "AT_RISK", "UNEMPLOYED", "UNEMPLOYED", "SELF_EMPLOYED",
        "OTHER"};
    private static final String[] BENEFITS = {"NONE", "NONE", "WW", "BIJSTAND", "BBZ", "WAJONG", "OTHER"};
    private static final String[] NEEDS = {"WORK", "CAREER_ADVICE", "TRAINING", "DEBT_HELP", "LANGUAGE",
        "INCOME_SUPPORT"};
    private static final String[] CONSENT_TYPES = {"UWV", "GEMEENTE", "VAKBOND", "ONDERWIJS", "SCHULDHULP"};

    private final List<Municipality> municipalities;
    private final RandomGenerator random;

    public SyntheticIntakes(Municipalities municipalities, RandomGenerator random) {
        this.municipalities = municipalities.municipalities();
        this.random = random;
    }

    /** A form and the desk it comes in at: the desk of the person's own region. */
    public record Intake(String deskRegion, IntakeSubmission submission) {
    }

    public Intake next(int number) {
        Municipality home = municipalities.get(random.nextInt(municipalities.size()));
        LocalDate born = LocalDate.of(1962 + random.nextInt(44), 1 + random.nextInt(12), 1 + random.nextInt(28));
        IntakeSubmission.Person person = new IntakeSubmission.Person(pick(GIVEN_NAMES), pick(FAMILY_NAMES),
                "load-" + number + "@example.org", null, born.toString(), null, home.code(),
                random.nextInt(5) == 0 ? "en" : "nl");
        IntakeSubmission.Situation situation = new IntakeSubmission.Situation(pick(WORK_STATUSES), null,
                pick(BENEFITS), random.nextInt(10) == 0, random.nextInt(5) != 0, random.nextInt(20) == 0);
        List<String> needs = new ArrayList<>();
        for (String need : NEEDS) {
            if (random.nextInt(3) == 0) {
                needs.add(need);
            }
        }
        Map<String, Boolean> partnerTypes = new LinkedHashMap<>();
        for (String type : CONSENT_TYPES) {
            partnerTypes.put(type, random.nextInt(6) != 0);
        }
        return new Intake(home.region().code(), new IntakeSubmission(person, situation, needs,
                new IntakeSubmission.Consent(true, partnerTypes), null));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
