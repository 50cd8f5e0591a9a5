package cn.liulin.enforcement.intake;

/**
 * What became of an input file: loaded whole, rejected whole, or already seen byte for
 * byte.
 */
public enum ReceiptStatus {

    ACCEPTED("已接收"), REJECTED("已退回"), DUPLICATE("重复文件");

    private final String chinese;

    ReceiptStatus(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

}
