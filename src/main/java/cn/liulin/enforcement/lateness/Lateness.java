package cn.liulin.enforcement.lateness;

/**
 * The verdict for one section and period: its status and, when late, by how many calendar
 * days.
 */
public record Lateness(SubmissionStatus status, int daysLate) {

    // One each: a province's year is hundreds of thousands of verdicts.
    private static final Lateness ON_TIME = new Lateness(SubmissionStatus.ON_TIME, 0);

    private static final Lateness MISSING = new Lateness(SubmissionStatus.MISSING, 0);

    private static final Lateness PENDING = new Lateness(SubmissionStatus.PENDING, 0);

    public static Lateness onTime() {
        return ON_TIME;
    }

    public static Lateness late(int days) {
        return new Lateness(SubmissionStatus.LATE, days);
    }

    public static Lateness missing() {
        return MISSING;
    }

    public static Lateness pending() {
        return PENDING;
    }

    /** {@code 按时报送}, {@code 逾期报送 2天}, {@code 逾期未报} or {@code 未到期}. */
    public String chinese() {
        return status == SubmissionStatus.LATE ? status.chinese() + " " + daysLate + "天" : status.chinese();
    }
}
