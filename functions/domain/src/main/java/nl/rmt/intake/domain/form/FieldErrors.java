package nl.rmt.intake.domain.form;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects field errors while a submission is checked. The texts are written at the end, because the language
 * they must be in is itself one of the fields being checked.
 */
final class FieldErrors {

    private final List<PendingError> pending = new ArrayList<>();

    void add(String field, ErrorCode code, Object... arguments) {
        pending.add(new PendingError(field, code, arguments.clone()));
    }

    int count() {
        return pending.size();
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    List<FieldError> inLanguage(Language language) {
        return pending.stream()
                .map(error -> new FieldError(error.field(), error.code().name(),
                        ValidationMessages.message(language, error.code(), error.arguments())))
                .toList();
    }

    private record PendingError(String field, ErrorCode code, Object[] arguments) {
    }
}
