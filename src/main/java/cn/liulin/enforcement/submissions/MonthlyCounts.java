package cn.liulin.enforcement.submissions;

/** The six monthly counts: 行政检查 / 行政处罚 / 行政强制, each as 合计 and its 涉企 part. */
public record MonthlyCounts(int inspectionTotal, int inspectionEnterprise, int penaltyTotal, int penaltyEnterprise,
        int coercionTotal, int coercionEnterprise) {

    public static final MonthlyCounts ZERO = new MonthlyCounts(0, 0, 0, 0, 0, 0);

    /** {@code 行政检查 12（涉企 10），行政处罚 3（涉企 2），行政强制 1（涉企 1）}. */
    public String chinese() {
        return "行政检查 " + inspectionTotal + "（涉企 " + inspectionEnterprise + "），行政处罚 " + penaltyTotal + "（涉企 "
                + penaltyEnterprise + "），行政强制 " + coercionTotal + "（涉企 " + coercionEnterprise + "）";
    }

    public MonthlyCounts plus(MonthlyCounts other) {
        return new MonthlyCounts(inspectionTotal + other.inspectionTotal,
                inspectionEnterprise + other.inspectionEnterprise, penaltyTotal + other.penaltyTotal,
                penaltyEnterprise + other.penaltyEnterprise, coercionTotal + other.coercionTotal,
                coercionEnterprise + other.coercionEnterprise);
    }
}
