package cn.liulin.enforcement.complaints;

import static cn.liulin.enforcement.complaints.ComplaintColumns.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import cn.liulin.enforcement.ReportingProperties;
import cn.liulin.enforcement.intake.CellValues;
import cn.liulin.enforcement.intake.IntakeErrors;
import cn.liulin.enforcement.intake.Row;
import cn.liulin.enforcement.intake.RowRules;

/**
 * Spec 3.3: every column filled; choice columns from their lists; dates are dates and
 * 处理时间 is not before 发生时间; for 乱检查 the 涉案金额/检查次数 column holds a whole number of
 * inspections, otherwise an amount in yuan with at most 2 decimals; counts and amounts >=
 * 0.
 */
final class ComplaintRules implements RowRules<Complaint> {

    static final String INSPECTING = "乱检查";

    private final ReportingProperties.Vocabularies vocabularies;

    private final LocalDate today;

    private final Map<String, Integer> seen = new HashMap<>();

    ComplaintRules(ReportingProperties.Vocabularies vocabularies, LocalDate today) {
        this.vocabularies = vocabularies;
        this.today = today;
    }

    @Override
    public Optional<Complaint> check(Row row, IntakeErrors errors) {
        int before = errors.count();
        String serial = CellValues.requiredText(row, SERIAL, errors);
        String title = CellValues.requiredText(row, TITLE, errors);
        String company = CellValues.requiredText(row, COMPANY, errors);
        LocalDate occurred = CellValues.requiredDate(row, OCCURRED, errors);
        String unit = CellValues.requiredText(row, UNIT, errors);
        String enforcementType = CellValues.choice(row, ENFORCEMENT_TYPE, vocabularies.enforcementTypes(), errors);
        String nature = CellValues.choice(row, NATURE, vocabularies.problemNatures(), errors);
        String content = CellValues.requiredText(row, CONTENT, errors);
        String reporter = CellValues.requiredText(row, REPORTER, errors);
        String contact = CellValues.requiredText(row, CONTACT, errors);
        String method = CellValues.choice(row, METHOD, vocabularies.supervisionMethods(), errors);
        String result = CellValues.choice(row, RESULT, vocabularies.handlingResults(), errors);
        LocalDate handled = CellValues.requiredDate(row, HANDLED, errors);
        if (occurred != null && occurred.isAfter(today)) {
            errors.add(row, OCCURRED, "发生时间 " + occurred + " 晚于今天 " + today);
        }
        if (occurred != null && handled != null && handled.isBefore(occurred)) {
            errors.add(row, HANDLED, "处理时间 " + handled + " 早于发生时间 " + occurred);
        }
        Boolean referred = CellValues.yesNo(row, REFERRED, errors);
        Integer persons = CellValues.wholeNumber(row, PERSONS, 0, null, errors);
        BigDecimal amount = null;
        Integer inspections = null;
        if (INSPECTING.equals(nature)) {
            // The plan: 【问题性质】为“乱检查”时，【涉案金额/检查次数】请填写检查次数.
            inspections = CellValues.wholeNumber(row, AMOUNT, 0, null, errors);
        }
        else if (nature != null) {
            amount = CellValues.amount(row, AMOUNT, errors);
        }
        BigDecimal recovered = CellValues.amount(row, RECOVERED, errors);
        if (errors.count() > before) {
            return Optional.empty();
        }
        Complaint complaint = new Complaint(row.number(), serial, title, company, occurred, unit, enforcementType,
                nature, content, reporter, contact, method, result, handled, referred, persons, amount, inspections,
                recovered);
        Integer first = seen.putIfAbsent(complaint.key(), row.number());
        if (first != null) {
            errors.add(row, TITLE, "与第 " + first + " 行是同一投诉（企业名称、问题名称、发生时间相同）：一个文件中只能出现一次");
            return Optional.empty();
        }
        return Optional.of(complaint);
    }

}
