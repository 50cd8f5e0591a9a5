package cn.liulin.enforcement.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import cn.liulin.enforcement.support.CommandLineRun;
import cn.liulin.enforcement.support.RenderedReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command: {@code demo} with no database configured, on the embedded
 * PostgreSQL the application starts itself, loading the demo year through the inbox and
 * printing the status table.
 */
class DemoCommandTests {

    @TempDir
    Path workspace;

    private CommandLineRun.Result demo() {
        return CommandLineRun.runRaw("--reporting.inbox-dir=" + workspace.resolve("inbox"),
                "--reporting.archive-dir=" + workspace.resolve("archive"),
                "--reporting.output-dir=" + workspace.resolve("shared-reports"),
                "--reporting.data-dir=" + workspace.resolve("data"),
                "--reporting.sections=" + Path.of("config/sections.yml").toAbsolutePath(), "demo");
    }

    @Test
    void demoLoadsTheYearOnceAndPrintsJunesStatus() throws Exception {
        CommandLineRun.Result first = demo();
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("演示时钟：2026-01-04 10:00", "演示数据已载入", "155 个文件（接收 153，退回 1，重复 1）");
        assertThat(first.out().lines().count() + first.err().lines().count()).isLessThan(100);
        assertThat(first.out()).containsPattern("防灾减灾股\\s+逾期未报");
        assertThat(first.out()).containsPattern("危险化学品安全监督管理股\\s+逾期报送 2天\\s+2025-07-05 10:00");
        assertThat(first.out()).containsPattern("工贸行业安全监督管理股\\s+按时报送\\s+\\S+ \\S+\\s+更正");
        assertThat(first.out()).contains("应报 12 个，已报 11 个（按时 10，逾期 1）", "报送率 91.7%，及时率 83.3%");
        assertThat(workspace.resolve("data/pg/PG_VERSION")).exists();
        assertThat(workspace.resolve("shared-reports/2025-06/柳林县应急管理局涉企行政执法情况月报_2025年06月.pdf")).exists();
        assertThat(workspace.resolve("shared-reports/2025-11/柳林县应急管理局涉企行政执法情况月报_2025年11月.xlsx")).exists();
        // December's deadline is the demo's day: its 月报 is not due yet, its 催报通知 chases
        // the one section still out.
        assertThat(workspace.resolve("shared-reports/2025-12/柳林县应急管理局涉企行政执法情况月报_2025年12月.pdf")).doesNotExist();
        assertThat(RenderedReports.pdfText(workspace.resolve("shared-reports/2025-12/柳林县应急管理局催报通知_2025年12月.pdf")))
            .contains("下列 1 个股室尚未报送 2025年12月", "综合监管股", "截至 2026年01月04日 10:00");
        assertThat(RenderedReports.pdfText(workspace.resolve("shared-reports/2025-06/柳林县应急管理局涉企行政执法情况月报_2025年06月.pdf")))
            .contains("2026-01-04 10:00");
        // The demo's 2024 came as yearly rows only: the 同比 says so instead of 新增.
        assertThat(RenderedReports
            .pdfText(workspace.resolve("shared-reports/阶段总结/柳林县应急管理局规范涉企行政执法专项行动监督检查阶段总结_2025年.pdf")))
            .contains("上年无月度数据（全年")
            .doesNotContainPattern("\\n执法股 [\\d ]+新增");
        // June's inspection list: every rule fires once, and one section's count does not
        // match its list.
        String inspections = RenderedReports
            .pdfText(workspace.resolve("shared-reports/2025-06/柳林县应急管理局入企检查情况及预警清单_2025年06月.pdf"));
        assertThat(inspections).contains("多头检查（1 条）", "重复检查（1 条）", "高频检查（1 条）", "安静期检查（1 条）", "未报备入企（1 条）",
                "一通知一公示一反馈不全（1 条）", "检查主体不适格（1 条）", "未使用执法系统（1 条）", "低效检查（1 条）");
        assertThat(RenderedReports
            .pdfText(workspace.resolve("shared-reports/阶段总结/柳林县应急管理局规范涉企行政执法专项行动自查自纠阶段总结_2025年.pdf")))
            .contains("七、入企检查", "多头检查 1 条", "低效检查 1 条");
        String juneReport = RenderedReports
            .pdfText(workspace.resolve("shared-reports/2025-06/柳林县应急管理局涉企行政执法情况月报_2025年06月.pdf"));
        assertThat(juneReport).contains("入企检查情况", "煤矿安全监督管理股 差 2");
        assertThat(juneReport.split("差 ", -1)).hasSize(2);
        assertThat(first.out()).contains("先打开这几个文件", "涉企问题清单及整改责任清单_20260104", "行政执法相关数据统计表_2023-2025年");
        assertThat(workspace.resolve("shared-reports/2025-07/柳林县应急管理局12345政务服务热线投诉举报信息汇总表_20250701至20250731.pdf"))
            .exists();
        assertThat(first.out()).contains("涉企问题清单及整改责任清单_", "行政执法相关数据统计表_2023-",
                "阶段总结/柳林县应急管理局规范涉企行政执法专项行动自查自纠阶段总结_2025年.pdf", "阶段总结/柳林县应急管理局规范涉企行政执法专项行动监督检查阶段总结_2025年.pdf",
                "阶段总结/柳林县应急管理局规范涉企行政执法专项行动总结提升阶段总结_2025年.pdf");
        try (Stream<Path> receipts = Files.list(workspace.resolve("shared-reports/回执"))) {
            assertThat(receipts.filter(p -> p.toString().endsWith(".receipt.json"))).hasSize(155);
        }

        CommandLineRun.Result second = demo();
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).doesNotContain("演示数据已载入").contains("报送率 91.7%，及时率 83.3%", "（已存在）");
        try (Stream<Path> june = Files.list(workspace.resolve("shared-reports/2025-06"))) {
            assertThat(june.filter(p -> p.toString().endsWith(".pdf"))).hasSize(2); // 月报,
                                                                                    // 入企检查情况
        }
    }

    @Test
    void demoRefusesAConfiguredDatabase() {
        CommandLineRun.Result result = CommandLineRun.runRaw(
                "--spring.datasource.url=" + cn.liulin.enforcement.support.TestDatabase.newDatabaseUrl(),
                "--reporting.data-dir=" + workspace.resolve("data"),
                "--reporting.inbox-dir=" + workspace.resolve("inbox"),
                "--reporting.sections=" + Path.of("config/sections.yml").toAbsolutePath(), "demo");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("已配置数据库");
    }

}
