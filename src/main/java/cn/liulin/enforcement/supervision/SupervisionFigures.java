package cn.liulin.enforcement.supervision;

/**
 * The four supervision figures the justice bureau asks for (抽查案件数, 纠正违规执法数, 通报曝光数,
 * 移送问题线索数) over some dates.
 */
public record SupervisionFigures(int spotChecks, int corrections, int exposures, int referrals) {

    public static final SupervisionFigures NONE = new SupervisionFigures(0, 0, 0, 0);

}
