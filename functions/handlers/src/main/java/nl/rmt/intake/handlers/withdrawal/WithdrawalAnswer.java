package nl.rmt.intake.handlers.withdrawal;

record WithdrawalAnswer(String reference, String status, String message) {
}
