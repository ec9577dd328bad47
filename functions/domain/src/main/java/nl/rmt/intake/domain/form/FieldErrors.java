package nl.rmt.intake.domain.form;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects field errors while a submission is checked. The texts are written at the end, because the language
 * they must be in is itself one of the fields being checked.
 */
public final class FieldErrors {

    private final List<PendingError> pending = new ArrayList<>();
    private final List<String> unreadable = new ArrayList<>();

    public FieldErrors() {
    }

    /** Starts with the fields the JSON could not give a value for; later errors on those fields are left out. */
    public FieldErrors(List<UnreadableField> unreadableFields) {
        unreadableFields.forEach(field -> {
            pending.add(new PendingError(field.field(), field.code(), field.arguments()));
            unreadable.add(field.field());
        });
    }

    public void add(String field, ErrorCode code, Object... arguments) {
        if (unreadable.stream().noneMatch(path -> field.equals(path) || field.startsWith(path + ".")
                || field.startsWith(path + "["))) {
            pending.add(new PendingError(field, code, arguments.clone()));
        }
    }

    int count() {
        return pending.size();
    }

    public boolean isEmpty() {
        return pending.isEmpty();
    }

    public List<FieldError> inLanguage(Language language) {
        return pending.stream()
                .map(error -> new FieldError(error.field(), error.code().name(),
                        ValidationMessages.message(language, error.code(), error.arguments())))
                .toList();
    }

    private record PendingError(String field, ErrorCode code, Object[] arguments) {
    }
}
