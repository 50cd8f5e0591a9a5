package cn.liulin.enforcement.complaints;

import java.util.List;

import cn.liulin.enforcement.intake.ColumnSpec;

/** The 17 columns of 附件3, in the plan's order. All are required (附件3 说明). */
final class ComplaintColumns {

    static final String SERIAL = "序号";
    static final String TITLE = "问题名称";
    static final String COMPANY = "企业名称";
    static final String OCCURRED = "发生时间";
    static final String UNIT = "涉及的执法单位";
    static final String ENFORCEMENT_TYPE = "执法类型";
    static final String NATURE = "问题性质";
    static final String CONTENT = "问题内容";
    static final String REPORTER = "反映人";
    static final String CONTACT = "联系方式";
    static final String METHOD = "监督方式";
    static final String RESULT = "处理结果";
    static final String HANDLED = "处理时间";
    static final String REFERRED = "是否移送纪检监察机关";
    static final String PERSONS = "处理人数";
    static final String AMOUNT = "涉案金额/检查次数";
    static final String RECOVERED = "为企业挽回损失金额";

    static final List<String> ORDER = List.of(SERIAL, TITLE, COMPANY, OCCURRED, UNIT, ENFORCEMENT_TYPE, NATURE, CONTENT,
            REPORTER, CONTACT, METHOD, RESULT, HANDLED, REFERRED, PERSONS, AMOUNT, RECOVERED);

    static final List<ColumnSpec> ALL = ORDER.stream().map(name -> switch (name) {
        case UNIT -> ColumnSpec.required(name, "涉及执法单位", "执法单位");
        case REFERRED -> ColumnSpec.required(name, "是否移送纪检监察");
        case AMOUNT -> ColumnSpec.required(name, "涉案金额或检查次数");
        default -> ColumnSpec.required(name);
    }).toList();

    private ComplaintColumns() {
    }

}
