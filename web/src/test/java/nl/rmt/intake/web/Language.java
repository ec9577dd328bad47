package nl.rmt.intake.web;

/** The pages' two languages: where each page is and the words a test looks for. */
enum Language {
    NL("nl", "/", "/intrekken", "/privacyverklaring", "Stap %d van 4", "Controleer uw gegevens", "Aanmelding verstuurd",
            "Er is een probleem", "Fout: ", "Aanmelding ingetrokken"),
    EN("en", "/en", "/withdraw", "/privacy", "Step %d of 4", "Check your answers", "Registration sent",
            "There is a problem", "Error: ", "Registration withdrawn");

    final String code;
    final String intake;
    final String withdraw;
    final String privacy;
    final String stepOf;
    final String check;
    final String sent;
    final String problem;
    final String errorPrefix;
    final String withdrawn;

    Language(String code, String intake, String withdraw, String privacy, String stepOf, String check, String sent,
             String problem, String errorPrefix, String withdrawn) {
        this.code = code;
        this.intake = intake;
        this.withdraw = withdraw;
        this.privacy = privacy;
        this.stepOf = stepOf;
        this.check = check;
        this.sent = sent;
        this.problem = problem;
        this.errorPrefix = errorPrefix;
        this.withdrawn = withdrawn;
    }

    String step(int n) {
        return stepOf.formatted(n);
    }
}
