package cn.liulin.enforcement.submissions;

import java.util.List;

import cn.liulin.enforcement.intake.ColumnSpec;

/** The columns of a 月度执法数据 file (spec §3.1), by the names the contract gives them. */
final class MonthlyCountColumns {

    static final String SECTION = "股室";
    static final String PERIOD = "统计月份";
    static final String INSPECTION_TOTAL = "行政检查合计";
    static final String INSPECTION_ENTERPRISE = "涉企行政检查";
    static final String PENALTY_TOTAL = "行政处罚合计";
    static final String PENALTY_ENTERPRISE = "涉企行政处罚";
    static final String COERCION_TOTAL = "行政强制合计";
    static final String COERCION_ENTERPRISE = "涉企行政强制";
    static final String REPORTER = "填报人";
    static final String PHONE = "联系电话";
    static final String REMARK = "备注";

    static final List<ColumnSpec> ALL = List.of(ColumnSpec.required(SECTION, "填报股室", "报送股室", "股室名称", "填报单位"),
            ColumnSpec.required(PERIOD, "月份", "所属月份", "报送月份", "统计月"), ColumnSpec.required(INSPECTION_TOTAL, "行政检查件数合计"),
            ColumnSpec.required(INSPECTION_ENTERPRISE, "涉企行政检查件数"), ColumnSpec.required(PENALTY_TOTAL, "行政处罚件数合计"),
            ColumnSpec.required(PENALTY_ENTERPRISE, "涉企行政处罚件数"), ColumnSpec.required(COERCION_TOTAL, "行政强制件数合计"),
            ColumnSpec.required(COERCION_ENTERPRISE, "涉企行政强制件数"), ColumnSpec.optional(REPORTER, "填表人"),
            ColumnSpec.optional(PHONE, "联系方式", "电话"), ColumnSpec.optional(REMARK, "说明"));

    /** Each 涉企 column with the 合计 it is part of. */
    static final List<List<String>> PAIRS = List.of(List.of(INSPECTION_TOTAL, INSPECTION_ENTERPRISE),
            List.of(PENALTY_TOTAL, PENALTY_ENTERPRISE), List.of(COERCION_TOTAL, COERCION_ENTERPRISE));

    private MonthlyCountColumns() {
    }

}
