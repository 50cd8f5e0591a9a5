package cn.liulin.enforcement.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.liulin.enforcement.demo.SampleFiles;
import cn.liulin.enforcement.demo.SampleFiles.Format;
import cn.liulin.enforcement.support.CommandLineRun;
import cn.liulin.enforcement.support.RenderedReports;
import cn.liulin.enforcement.support.TestDatabase;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The three registers end to end: files in the plan's layouts through the inbox, then the
 * 附件3 register, the 附件2 list and the 月报's supervision block read back from the rendered
 * files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegistersIntegrationTests {

    static final List<String> COMPLAINT_HEADER = List.of("序号", "问题 名称", "企业名称", "发生 时间", "涉及的 执法单位", "执法 类型", "问题性质",
            "问题内容", "反映人", "联系 方式", "监督方式", "处理 结果", "处理时间", "是否移送纪检监察机关", "处理 人数", "涉案金额/检查次数（人民币 元/次）",
            "为企业挽回损失金额（人民币元）");
    static final String INJECTION = "=HYPERLINK(\"http://x\",\"点击\")";

    @TempDir
    static Path workspace;

    @TempDir
    static Path outbox;

    private CommandLineRun cli;

    private final JsonMapper json = JsonMapper.builder().build();

    /** The complaints sent, as the test counts them itself: company, referred. */
    private final List<List<?>> complaints = List.of(
            complaint("1", "关于重复检查的问题", "柳林县甲煤业有限公司", "2025-07-02", "乱检查", "3", "张三", "13812345678", "是"),
            complaint("2", "关于顶格罚款的问题", "柳林县乙化工有限公司", "2025-07-09", "乱罚款", "20000.00", "欧阳娜娜", "13998765432", "是"),
            complaint("3", "关于" + INJECTION, "+柳林县丙建材有限公司", "2025-07-20", "执法不作为", "0", "@李四", "-0358", "否"),
            complaint("4", "关于六月的问题", "柳林县丁商贸有限公司", "2025-06-28", "乱罚款", "500", "王五", "13700000000", "是"));

    private static List<?> complaint(String serial, String title, String company, String occurred, String nature,
            String amount, String reporter, String contact, String referred) {
        return List.of(serial, title, company, occurred, "柳林县应急管理综合行政执法队", "行政检查", nature,
                "企业反映：" + title + "，执法人员多次到场，影响生产经营，请求核查处理。", reporter, contact, "督办函", "责令限期整改",
                LocalDate.parse(occurred).plusDays(5).toString(), referred, 1, amount, "1000.00");
    }

    @BeforeAll
    void submitRegisters() throws Exception {
        cli = new CommandLineRun(workspace, TestDatabase.newDatabaseUrl());
        List<List<?>> rows = new ArrayList<>();
        rows.add(COMPLAINT_HEADER);
        rows.add(List.of("说明", "必填项（文本）", "必填项（文本）", "必填项（年月日）"));
        rows.add(List.of("示例", "关于XXX的问题", "XX有限公司", "", "河南省XX市XX县水利局执法队", "行政检查", "乱检查"));
        rows.addAll(complaints);
        rows.add(List.of("备注：一、填写说明：【问题性质】为“乱检查”时，【涉案金额/检查次数】请填写检查次数。"));
        submit("2025-08-01T09:00", SampleFiles.write(outbox.resolve("12345投诉举报信息汇总表.xlsx"), Format.XLSX,
                List.of("柳林县12345政务服务热线投诉、举报信息汇总表　填报股室：综合办公室"), rows), 0);

        submit("2025-08-01T09:05",
                SampleFiles.write(outbox.resolve("执法监督台账_7月.csv"), Format.CSV_GBK,
                        List.of("日期", "类型", "涉及股室", "数量", "说明"),
                        List.of(List.of("2025-07-08", "抽查案卷", "危化股", 3, "抽查行政处罚案卷"),
                                List.of("2025-07-22", "抽查案卷", "执法队", 2, "抽查行政检查案卷"),
                                List.of("2025-07-15", "纠正违规执法", "执法队", "", "纠正未亮证执法"),
                                List.of("2025-07-25", "通报曝光", "", 2, "典型案例通报"),
                                List.of("2025-07-28", "移送问题线索", "", 1, "柳林县甲煤业有限公司重复检查线索移送县纪委监委"),
                                List.of("2025-06-30", "抽查案卷", "煤矿股", 4, "六月抽查"))),
                0);

        submit("2025-08-01T09:10",
                SampleFiles.write(outbox.resolve("问题清单及整改责任清单.xlsx"), Format.XLSX,
                        List.of("股室", "发现日期", "来源", "问题类别", "问题描述", "整改措施", "责任人", "整改时限", "整改状态", "整改完成日期"),
                        List.of(List.of("执法队", LocalDate.of(2025, 6, 20), "自查", "乱检查", "同一企业一月内重复检查", "合并检查事项", "李强",
                                LocalDate.of(2025, 7, 31), "整改中", ""),
                                List.of("执法队", LocalDate.of(2025, 6, 25), "监督检查", "粗暴执法", "执法用语不规范", "开展执法规范培训", "李强",
                                        LocalDate.of(2025, 7, 15), "已整改", LocalDate.of(2025, 7, 10)),
                                List.of("危化股", LocalDate.of(2025, 7, 3), "投诉举报", "乱罚款", "顶格罚款未说明理由", "复核处罚裁量", "王丽",
                                        LocalDate.of(2025, 9, 30), "未整改", ""))),
                0);
    }

    private void submit(String now, Path file, int expectedExit) {
        CommandLineRun.Result result = cli.run(now, "submit", file.toString());
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(expectedExit);
    }

    private Path shared(String path) {
        return workspace.resolve("shared-reports").resolve(path);
    }

    @Test
    @Order(1)
    void thePlansTemplateRowsAreSkippedAndEveryRegisterIsAccepted() throws Exception {
        JsonNode receipt = json.readTree(shared("回执/12345投诉举报信息汇总表.xlsx.receipt.json").toFile());
        assertThat(receipt.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(receipt.get("kind").asString()).isEqualTo("COMPLAINTS");
        assertThat(receipt.get("rows").asInt()).isEqualTo(4);
        assertThat(Files.readString(shared("回执/12345投诉举报信息汇总表.xlsx.回执.txt"))).contains("模板的“说明”行", "模板的“示例”行", "表尾的备注");
        assertThat(json.readTree(shared("回执/执法监督台账_7月.csv.receipt.json").toFile()).get("kind").asString())
            .isEqualTo("SUPERVISION");
        assertThat(json.readTree(shared("回执/问题清单及整改责任清单.xlsx.receipt.json").toFile()).get("kind").asString())
            .isEqualTo("PROBLEMS");
    }

    @Test
    @Order(2)
    void aComplaintBreakingTheInspectionRuleIsRejectedWithRowAndColumn() throws Exception {
        List<List<?>> rows = List
            .of(complaint("9", "关于多头检查的问题", "柳林县戊公司", "2025-07-03", "乱检查", "2.5", "赵六", "13600000000", "否"));
        submit("2025-08-02T09:00",
                SampleFiles.write(outbox.resolve("投诉补报.csv"), Format.CSV_UTF8_BOM, COMPLAINT_HEADER, rows), 2);
        JsonNode error = json.readTree(shared("回执/投诉补报.csv.receipt.json").toFile()).get("errors").get(0);
        assertThat(error.get("row").asInt()).isEqualTo(2);
        assertThat(error.get("column").asString()).isEqualTo("涉案金额/检查次数");
        assertThat(error.get("value").asString()).isEqualTo("2.5");
    }

    @Test
    @Order(3)
    void aFormulaCellInAnInputIsReadAsItsCachedValue() throws Exception {
        Path file = outbox.resolve("执法股_公式.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.createSheet();
            List<String> header = List.of("股室", "统计月份", "行政检查合计", "涉企行政检查", "行政处罚合计", "涉企行政处罚", "行政强制合计", "涉企行政强制");
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                head.createCell(i).setCellValue(header.get(i));
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("执法股");
            row.createCell(1).setCellValue("2025-07");
            row.createCell(2).setCellFormula("2+5");
            row.createCell(3).setCellFormula("C2-1");
            for (int i = 4; i < 8; i++) {
                row.createCell(i).setCellValue(0);
            }
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }
        submit("2025-08-02T10:00", file, 0);
        CommandLineRun.Result status = cli.run("2025-08-02T10:00", "status", "--period", "2025-07", "--json");
        JsonNode zfg = java.util.stream.StreamSupport.stream(json.readTree(status.out()).spliterator(), false)
            .filter(node -> node.get("code").asString().equals("ZFG"))
            .findFirst()
            .orElseThrow();
        assertThat(zfg.get("counts").get("inspectionTotal").asInt()).isEqualTo(7);
        assertThat(zfg.get("counts").get("inspectionEnterprise").asInt()).isEqualTo(6);
    }

    @Test
    @Order(4)
    void theComplaintRegisterMasksPersonalDataAndKeepsInjectedTextAsText() throws Exception {
        CommandLineRun.Result result = cli.run("2025-08-04T09:00", "report", "complaints", "--from", "2025-07-01",
                "--to", "2025-07-31");
        assertThat(result.exitCode()).as(result.err()).isZero();
        String base = "2025-07/柳林县应急管理局12345政务服务热线投诉举报信息汇总表_20250701至20250731";
        String text = RenderedReports.pdfText(shared(base + ".pdf"));
        assertThat(text).contains("柳林县应急管理局12345政务服务热线投诉、举报信息汇总表", "共 3 条", "张*", "138****5678", "欧***", "3 次",
                "20000.00", "合计：投诉举报 3 条，移送纪检监察机关 2 条");
        assertThat(text).doesNotContain("张三", "13812345678", "欧阳娜娜", "柳林县丁商贸有限公司");
        assertThat(RenderedReports.pdfFonts(shared(base + ".pdf"))).allMatch(font -> font.endsWith(" embedded"));

        List<String> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(shared(base + ".xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    if (cell.getCellType() == CellType.STRING) {
                        cells.add(cell.getStringCellValue());
                    }
                }
            }
        }
        assertThat(cells).contains("关于" + INJECTION, "+柳林县丙建材有限公司", "@李*", "-****", "张*", "138****5678")
            .doesNotContain("张三", "13812345678");
    }

    @Test
    @Order(5)
    void maskingCanBeTurnedOff() throws Exception {
        CommandLineRun.Result result = cli.run("2025-08-04T09:30", "--reporting.privacy.mask-personal-data=false",
                "report", "complaints", "--from", "2025-07-01", "--to", "2025-07-31");
        assertThat(result.exitCode()).as(result.err()).isZero();
        String v2 = "2025-07/柳林县应急管理局12345政务服务热线投诉举报信息汇总表_20250701至20250731_v2.pdf";
        assertThat(RenderedReports.pdfText(shared(v2))).contains("张三", "13812345678");
    }

    @Test
    @Order(6)
    void theRectificationListMarksOverdueProblemsAndCountsThemPerSection() throws Exception {
        CommandLineRun.Result result = cli.run("2025-08-04T10:00", "report", "rectification");
        assertThat(result.exitCode()).as(result.err()).isZero();
        String text = RenderedReports.pdfText(shared("2025-08/柳林县应急管理局涉企问题清单及整改责任清单_20250804.pdf"));
        assertThat(text).contains("截至 2025-08-04", "股室：危险化学品安全监督管理股", "股室：应急管理综合行政执法队", "同一企业一月内重复检查", "已逾期 4 天",
                "应急管理综合行政执法队 小计：问题 2 个，已整改 1 个，整改中 1 个，未整改 0 个，逾期 1 个",
                "危险化学品安全监督管理股 小计：问题 1 个，已整改 0 个，整改中 0 个，未整改 1 个，逾期 0 个", "合计：问题 3 个，已整改 1 个，整改中 1 个，未整改 1 个，逾期 1 个");
    }

    @Test
    @Order(7)
    void theMonthlyReportsSupervisionFiguresEqualARecountOfTheRegisters() throws Exception {
        // Recount from what was sent: July's ledger rows by type; referrals add
        // July-handled complaints marked 是
        // that no July 移送问题线索 note names (甲 is named, 乙 is not).
        int spotChecks = 3 + 2;
        int corrections = 1;
        int exposures = 2;
        int referrals = 1 + (int) complaints.stream()
            .filter(c -> c.get(13).equals("是") && c.get(12).toString().startsWith("2025-07"))
            .filter(c -> !c.get(2).equals("柳林县甲煤业有限公司"))
            .count();
        CommandLineRun.Result result = cli.run("2025-08-04T11:00", "report", "monthly", "--period", "2025-07");
        assertThat(result.exitCode()).as(result.err()).isZero();
        String text = RenderedReports.pdfText(shared("2025-07/柳林县应急管理局涉企行政执法情况月报_2025年07月.pdf"));
        // Each row says which days it covers.
        assertThat(text).contains("本月（07-01 至 07-31）", "专项行动以来（2025-06-09 起）");
        Matcher month = Pattern.compile("本月（[^）]*） (\\d+) (\\d+) (\\d+) (\\d+)").matcher(text);
        assertThat(month.find()).as(text).isTrue();
        assertThat(List.of(month.group(1), month.group(2), month.group(3), month.group(4))).containsExactly(
                Integer.toString(spotChecks), Integer.toString(corrections), Integer.toString(exposures),
                Integer.toString(referrals));
        Matcher campaign = Pattern.compile("专项行动以来（[^）]*） (\\d+) (\\d+) (\\d+) (\\d+)").matcher(text);
        assertThat(campaign.find()).isTrue();
        // The campaign began 2025-06-09: June 30's spot check (4) counts too; no referral
        // was handled in June.
        assertThat(campaign.group(1)).isEqualTo(Integer.toString(spotChecks + 4));
        assertThat(campaign.group(4)).isEqualTo(Integer.toString(referrals));
    }

}
