package cn.liulin.enforcement.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import cn.liulin.enforcement.intake.IntakeError;
import cn.liulin.enforcement.intake.IntakeErrors;
import cn.liulin.enforcement.intake.Row;
import cn.liulin.enforcement.support.Vocabularies;
import org.junit.jupiter.api.Test;

/** The rules of 附件3 (spec 3.3), each with a passing and a failing row. */
class ComplaintRulesTests {

    private final ComplaintRules rules = new ComplaintRules(Vocabularies.defaults(), LocalDate.of(2025, 8, 4));

    private final IntakeErrors errors = new IntakeErrors();

    private static Map<String, String> good() {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("序号", "1");
        cells.put("问题名称", "关于重复检查的问题");
        cells.put("企业名称", "柳林县某某煤业有限公司");
        cells.put("发生时间", "2025-07-02");
        cells.put("涉及的执法单位", "柳林县应急管理综合行政执法队");
        cells.put("执法类型", "行政检查");
        cells.put("问题性质", "乱罚款");
        cells.put("问题内容", "同一事项一月内被检查三次");
        cells.put("反映人", "张三");
        cells.put("联系方式", "13812345678");
        cells.put("监督方式", "督办函");
        cells.put("处理结果", "责令限期整改");
        cells.put("处理时间", "2025-07-10");
        cells.put("是否移送纪检监察机关", "是");
        cells.put("处理人数", "2");
        cells.put("涉案金额/检查次数", "10000.00");
        cells.put("为企业挽回损失金额", "5000");
        return cells;
    }

    private Optional<Complaint> check(Map<String, String> cells) {
        return rules.check(new Row(5, cells), errors);
    }

    private Optional<Complaint> with(String column, String value) {
        Map<String, String> cells = good();
        cells.put(column, value);
        return check(cells);
    }

    private IntakeError onlyError() {
        assertThat(errors.list()).hasSize(1);
        return errors.list().get(0);
    }

    @Test
    void aCompleteRowIsAccepted() {
        Complaint complaint = check(good()).orElseThrow();
        assertThat(complaint.amount()).isEqualByComparingTo("10000.00");
        assertThat(complaint.inspections()).isNull();
        assertThat(complaint.referred()).isTrue();
        assertThat(complaint.reporter()).isEqualTo("张三");
    }

    @Test
    void everyColumnIsRequired() {
        for (String column : ComplaintColumns.ORDER) {
            IntakeErrors own = new IntakeErrors();
            Map<String, String> cells = good();
            cells.put(column, "");
            assertThat(rules.check(new Row(5, cells), own)).as(column).isEmpty();
            assertThat(own.list()).as(column).extracting(IntakeError::column).contains(column);
        }
    }

    @Test
    void forInspectingTheAmountColumnIsAWholeNumberOfInspections() {
        Map<String, String> cells = good();
        cells.put("问题性质", "乱检查");
        cells.put("涉案金额/检查次数", "3");
        Complaint complaint = check(cells).orElseThrow();
        assertThat(complaint.inspections()).isEqualTo(3);
        assertThat(complaint.amount()).isNull();

        cells.put("涉案金额/检查次数", "3.5");
        assertThat(check(cells)).isEmpty();
        assertThat(onlyError().column()).isEqualTo("涉案金额/检查次数");
        assertThat(onlyError().message()).contains("整数");
    }

    @Test
    void otherwiseItIsAnAmountWithAtMostTwoDecimals() {
        assertThat(with("涉案金额/检查次数", "1,234.5").orElseThrow().amount()).isEqualByComparingTo(new BigDecimal("1234.50"));
        assertThat(with("涉案金额/检查次数", "10.125")).isEmpty();
        assertThat(onlyError().message()).contains("2 位小数");
    }

    @Test
    void amountsCannotBeNegative() {
        assertThat(with("为企业挽回损失金额", "-5")).isEmpty();
        assertThat(onlyError().message()).contains("负数");
    }

    @Test
    void handlingCannotPrecedeTheComplaint() {
        assertThat(with("处理时间", "2025-07-02")).isPresent();
        assertThat(with("处理时间", "2025-07-01")).isEmpty();
        assertThat(onlyError().message()).contains("早于发生时间");
    }

    @Test
    void datesMustBeDates() {
        assertThat(with("发生时间", "2025年7月2日")).isPresent();
        assertThat(with("发生时间", "七月初")).isEmpty();
        assertThat(onlyError().column()).isEqualTo("发生时间");
    }

    @Test
    void choiceColumnsTakeTheirListsValues() {
        assertThat(with("问题性质", "吃拿卡要")).isPresent();
        assertThat(with("问题性质", "态度不好")).isEmpty();
        assertThat(onlyError().message()).contains("乱检查 / 乱罚款");
        IntakeErrors own = new IntakeErrors();
        Map<String, String> cells = good();
        cells.put("监督方式", "口头提醒");
        rules.check(new Row(6, cells), own);
        assertThat(own.list()).extracting(IntakeError::column).containsExactly("监督方式");
    }

    @Test
    void referralIsYesOrNo() {
        assertThat(with("是否移送纪检监察机关", "否").orElseThrow().referred()).isFalse();
        assertThat(with("是否移送纪检监察机关", "已移送")).isEmpty();
    }

    @Test
    void handledPersonsIsAWholeNumber() {
        assertThat(with("处理人数", "0")).isPresent();
        assertThat(with("处理人数", "两人")).isEmpty();
    }

    @Test
    void theSameComplaintTwiceInAFileIsAnError() {
        assertThat(check(good())).isPresent();
        assertThat(check(good())).isEmpty();
        assertThat(onlyError().message()).contains("同一投诉");
    }

}
