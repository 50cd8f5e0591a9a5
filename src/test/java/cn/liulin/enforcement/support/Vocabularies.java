package cn.liulin.enforcement.support;

import java.util.List;

import cn.liulin.enforcement.ReportingProperties;

/**
 * The default choice lists, as application.yml gives them when nothing overrides them.
 */
public final class Vocabularies {

    private Vocabularies() {
    }

    public static ReportingProperties.Vocabularies defaults() {
        List<String> natures = List.of("乱检查", "乱罚款", "乱查封", "趋利性执法", "滥用职权", "徇私枉法", "吃拿卡要", "粗暴执法", "执法不作为", "其他");
        return new ReportingProperties.Vocabularies(List.of("行政检查", "行政处罚", "行政强制", "其他"), natures,
                List.of("督办函", "提醒函", "约谈", "现场督查", "电话督办", "其他"),
                List.of("责令限期整改", "批评教育", "诫勉谈话", "通报批评", "党纪政务处分", "移送司法机关", "反映不属实", "其他"), natures,
                List.of("自查", "监督检查", "投诉举报"));
    }

}
