package nl.rmt.intake.domain.explanation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.rmt.intake.domain.classification.TargetGroup;
import nl.rmt.intake.domain.confirmation.PlainLists;
import nl.rmt.intake.domain.form.Benefit;
import nl.rmt.intake.domain.routing.RuleCondition;
import nl.rmt.intake.domain.routing.Wording;

/**
 * The plain-language reasons a rule's condition stands for, ending "…, because …" / "…, omdat …". Every target group
 * and benefit has its words here (the switches are exhaustive), so every rule made of them explains itself.
 */
final class Reasons {

    private Reasons() {
    }

    /** Empty when the condition holds nothing these words cover: such a rule needs its own {@code because}. */
    static Optional<Wording> of(RuleCondition condition, int youthAgeLimit) {
        if (condition.isAlways()) {
            return Optional.of(new Wording("geen andere regel van toepassing was", "no other rule applied"));
        }
        List<Wording> parts = new ArrayList<>();
        condition.groups().stream().sorted().forEach(group -> parts.add(group(group, youthAgeLimit)));
        if (!condition.benefits().isEmpty()) {
            parts.add(benefits(condition.benefits()));
        }
        condition.hasBasicQualification().ifPresent(has -> parts.add(has
                ? new Wording("u een startkwalificatie heeft", "you have a basic qualification")
                : new Wording("u geen startkwalificatie heeft", "you have no basic qualification")));
        condition.reorganisation().ifPresent(through -> parts.add(through
                ? new Wording("u zich aanmeldde via de reorganisatie bij uw werkgever",
                        "you applied through your employer's reorganisation")
                : new Wording("u zich niet via een reorganisatie aanmeldde",
                        "you did not apply through a reorganisation")));
        return parts.isEmpty() ? Optional.empty() : Optional.of(join(parts));
    }

    static Wording ofGroups(Collection<TargetGroup> groups, int youthAgeLimit) {
        return join(groups.stream().sorted().map(group -> group(group, youthAgeLimit)).toList());
    }

    static Wording group(TargetGroup group, int youthAgeLimit) {
        return switch (group) {
            case YOUTH -> new Wording("u jonger bent dan " + youthAgeLimit + " jaar",
                    "you are younger than " + youthAgeLimit);
            case ZZP -> new Wording("u als zelfstandige werkt", "you are self-employed");
            case JOBBANK -> new Wording("u onder de banenafspraak valt", "you come under the Banenafspraak (jobs agreement)");
            case AT_RISK_EMPLOYEE -> new Wording("uw werk binnenkort stopt of op de tocht staat",
                    "your job is ending or at risk");
            case JOBSEEKER -> new Wording("u werk zoekt", "you are looking for work");
            case DEBT -> new Wording("u hulp bij schulden vroeg", "you asked for help with debts");
            case TRAINING -> new Wording("scholing u verder kan helpen", "training can help you further");
            case NEWCOMER -> new Wording("u statushouder bent", "you are a status holder");
        };
    }

    private static Wording benefits(Collection<Benefit> benefits) {
        List<Benefit> sorted = benefits.stream().sorted().toList();
        if (sorted.equals(List.of(Benefit.NONE))) {
            return new Wording("u geen uitkering heeft", "you receive no benefit");
        }
        return new Wording(
                "u " + String.join(" of ", sorted.stream().map(b -> benefit(b).nl()).toList()) + " ontvangt",
                "you receive " + String.join(" or ", sorted.stream().map(b -> benefit(b).en()).toList()));
    }

    private static Wording benefit(Benefit benefit) {
        return switch (benefit) {
            case NONE -> new Wording("geen uitkering", "no benefit");
            case WW -> new Wording("een WW-uitkering", "WW (unemployment benefit)");
            case BIJSTAND -> new Wording("bijstand", "social assistance (bijstand)");
            case BBZ -> new Wording("Bbz (steun voor zelfstandigen)", "Bbz (support for the self-employed)");
            case WAJONG -> new Wording("een Wajong-uitkering", "Wajong");
            case OTHER -> new Wording("een andere uitkering", "another benefit");
        };
    }

    /** "a", "a en b", "a, b en c". */
    static Wording join(List<Wording> parts) {
        return new Wording(PlainLists.join(parts.stream().map(Wording::nl).toList(), " en "),
                PlainLists.join(parts.stream().map(Wording::en).toList(), " and "));
    }
}
