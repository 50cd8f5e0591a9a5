package cn.liulin.enforcement.lateness;

/** A section's standing for one period (spec §2). */
public enum SubmissionStatus {

    ON_TIME("按时报送"), LATE("逾期报送"), MISSING("逾期未报"), PENDING("未到期");

    private final String chinese;

    SubmissionStatus(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public boolean reported() {
        return this == ON_TIME || this == LATE;
    }

}
