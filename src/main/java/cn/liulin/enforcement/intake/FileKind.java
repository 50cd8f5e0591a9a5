package cn.liulin.enforcement.intake;

/** What an input file holds, known from its headers (spec §3). */
public enum FileKind {
    MONTHLY_COUNTS("月度执法数据"),
    SUPERVISION("执法监督台账"),
    COMPLAINTS("12345投诉举报信息汇总表"),
    PROBLEMS("问题清单及整改责任清单"),
    YEARLY_COUNTS("历年执法数据");

    private final String chinese;

    FileKind(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
