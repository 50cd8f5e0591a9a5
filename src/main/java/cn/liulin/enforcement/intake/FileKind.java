package cn.liulin.enforcement.intake;

/** What an input file holds, known from its headers (spec §3). */
public enum FileKind {
    MONTHLY_COUNTS("月度执法数据");

    private final String chinese;

    FileKind(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
