package cn.liulin.enforcement.reports.complaints;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.liulin.enforcement.complaints.Complaint;
import cn.liulin.enforcement.complaints.PersonalData;
import cn.liulin.enforcement.reports.ReportContent;
import cn.liulin.enforcement.reports.ReportDelivery;
import cn.liulin.enforcement.reports.ReportRenderer;

/**
 * 附件3 for a date range: the complaints that occurred in it, in the plan's 17 columns. 反映人
 * and 联系方式 are masked unless configured otherwise; the figures compared between versions
 * are the masked ones too.
 */
record ComplaintRegisterContent(String bureau, LocalDate from, LocalDate to, List<Complaint> complaints, boolean mask,
        String footer, String generatedAt, ReportRenderer renderer) implements ReportContent {

    static final String REPORT = "COMPLAINTS";

    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    @Override
    public ReportDelivery.Target target() {
        return new ReportDelivery.Target(REPORT, from + ".." + to, to.toString().substring(0, 7),
                bureau + "12345政务服务热线投诉举报信息汇总表_" + COMPACT.format(from) + "至" + COMPACT.format(to));
    }

    @Override
    public Map<String, String> figures() {
        Map<String, String> figures = new LinkedHashMap<>();
        for (Map<String, ?> row : rows()) {
            String label = row.get("company") + "/" + row.get("title") + "/" + row.get("occurred");
            row.forEach((column, value) -> figures.put(label + " " + column, String.valueOf(value)));
        }
        figures.put("件数", Integer.toString(complaints.size()));
        return figures;
    }

    @Override
    public ReportRenderer.Filled render(ReportDelivery.Version version) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("TITLE",
                bureau + "12345政务服务热线投诉、举报信息汇总表" + (version.number() > 1 ? "（第 " + version.number() + " 版）" : ""));
        parameters.put("SUBTITLE", "时间范围：" + from + " 至 " + to + "（按发生时间）　　共 " + complaints.size() + " 条");
        long referred = complaints.stream().filter(Complaint::referred).count();
        int persons = complaints.stream().mapToInt(Complaint::handledPersons).sum();
        BigDecimal recovered = complaints.stream().map(Complaint::recovered).reduce(BigDecimal.ZERO, BigDecimal::add);
        parameters.put("SUMMARY", "合计：投诉举报 " + complaints.size() + " 条，移送纪检监察机关 " + referred + " 条，处理人数 " + persons
                + " 人，为企业挽回损失 " + recovered.setScale(2).toPlainString() + " 元。");
        parameters.put("NOTE",
                "说明：【问题性质】为“乱检查”时，【涉案金额/检查次数】为检查次数，其余为涉案金额（元）。" + (mask ? "反映人和联系方式已按个人信息保护要求隐去部分内容。" : ""));
        parameters.put("FOOTER", footer);
        parameters.put("GENERATED_AT", generatedAt);
        parameters.put("CHANGES_TEXT", ReportContent.changesText(version));
        return renderer.fill("complaintRegister", parameters, rows());
    }

    private List<Map<String, ?>> rows() {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (Complaint c : complaints) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("serial", c.serial());
            row.put("title", c.title());
            row.put("company", c.company());
            row.put("occurred", c.occurredOn().toString());
            row.put("unit", c.enforcementUnit());
            row.put("etype", c.enforcementType());
            row.put("nature", c.nature());
            row.put("content", c.content());
            row.put("reporter", mask ? PersonalData.maskName(c.reporter()) : c.reporter());
            row.put("contact", mask ? PersonalData.maskContact(c.contact()) : c.contact());
            row.put("method", c.supervisionMethod());
            row.put("result", c.handlingResult());
            row.put("handled", c.handledOn().toString());
            row.put("referred", c.referred() ? "是" : "否");
            row.put("persons", c.handledPersons());
            row.put("amount",
                    c.inspections() != null ? c.inspections() + " 次" : c.amount().setScale(2).toPlainString());
            row.put("recovered", c.recovered().setScale(2).toPlainString());
            rows.add(row);
        }
        return rows;
    }
}
