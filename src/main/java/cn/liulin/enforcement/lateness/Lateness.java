package cn.liulin.enforcement.lateness;

/**
 * The verdict for one section and period: its status and, when late, by how many calendar
 * days.
 */
public record Lateness(SubmissionStatus status, int daysLate) {

    public static Lateness onTime() {
        return new Lateness(SubmissionStatus.ON_TIME, 0);
    }

    public static Lateness late(int days) {
        return new Lateness(SubmissionStatus.LATE, days);
    }

    public static Lateness missing() {
        return new Lateness(SubmissionStatus.MISSING, 0);
    }

    public static Lateness pending() {
        return new Lateness(SubmissionStatus.PENDING, 0);
    }

    /** {@code 按时报送}, {@code 逾期报送 2天}, {@code 逾期未报} or {@code 未到期}. */
    public String chinese() {
        return status == SubmissionStatus.LATE ? status.chinese() + " " + daysLate + "天" : status.chinese();
    }
}
