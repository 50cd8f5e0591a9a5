package cn.liulin.enforcement.extensions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.liulin.enforcement.demo.SampleFiles;
import cn.liulin.enforcement.demo.SampleFiles.Format;
import cn.liulin.enforcement.support.CommandLineRun;
import cn.liulin.enforcement.support.RenderedReports;
import cn.liulin.enforcement.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spec 3.7 end to end: the 执法股 sends an approved extension through the inbox; the
 * section's file that arrives after the period's deadline but within the extension is on
 * time, and the 月报 says 延期至.
 */
class ExtensionsIntegrationTests {

    private static final List<String> MONTHLY_HEADER = List.of("股室", "统计月份", "行政检查合计", "涉企行政检查", "行政处罚合计", "涉企行政处罚",
            "行政强制合计", "涉企行政强制");

    @TempDir
    Path workspace;

    @TempDir
    Path outbox;

    @Test
    void anApprovedExtensionMakesALateFileOnTimeAndTheMonthlyReportSaysSo() throws Exception {
        CommandLineRun cli = new CommandLineRun(workspace, TestDatabase.newDatabaseUrl());
        Path extension = SampleFiles.write(outbox.resolve("延期报送审批_2025年6月.xlsx"), Format.XLSX,
                List.of("股室", "统计月份", "延至", "批准人", "理由"),
                List.of(List.of("危化股", "2025-06", "2025-07-10", "高耀江", "汛期驻点检查，台账未能按时汇总")));
        CommandLineRun.Result sent = cli.run("2025-07-02T09:00", "submit", extension.toString());
        assertThat(sent.exitCode()).as(sent.out() + sent.err()).isZero();
        String receipt = Files.readString(workspace.resolve("shared-reports/回执/延期报送审批_2025年6月.xlsx.回执.txt"));
        assertThat(receipt).contains("延期报送审批", "危险化学品安全监督管理股 2025-06 延至 2025-07-10（批准人：高耀江）");

        Path chemicals = SampleFiles.write(outbox.resolve("危化股_2025-06.csv"), Format.CSV_UTF8, MONTHLY_HEADER,
                List.of(List.of("危化股", "2025-06", 12, 10, 1, 1, 0, 0)));
        Path mines = SampleFiles.write(outbox.resolve("煤矿股_2025-06.csv"), Format.CSV_UTF8, MONTHLY_HEADER,
                List.of(List.of("煤矿股", "2025-06", 8, 8, 0, 0, 0, 0)));
        assertThat(cli.run("2025-07-08T16:00", "submit", chemicals.toString(), mines.toString()).exitCode()).isZero();

        CommandLineRun.Result status = cli.run("2025-07-12T09:00", "status", "--period", "2025-06");
        assertThat(status.out()).containsPattern("危险化学品安全监督管理股\\s+按时报送（延期至 2025-07-10）")
            .containsPattern("煤矿安全监督管理股\\s+逾期报送 5天");

        assertThat(cli.run("2025-07-12T09:00", "report", "monthly", "--period", "2025-06").exitCode()).isZero();
        String text = RenderedReports
            .pdfText(workspace.resolve("shared-reports/2025-06/柳林县应急管理局涉企行政执法情况月报_2025年06月.pdf"));
        assertThat(text).contains("按时报送（延期至", "2025-07-10）");

        // A later approval for the same section and period supersedes the first.
        Path shorter = SampleFiles.write(outbox.resolve("延期报送审批_更正.xlsx"), Format.XLSX,
                List.of("股室", "统计月份", "延至", "批准人", "理由"),
                List.of(List.of("危化股", "2025-06", "2025-07-07", "高耀江", "改为 7 日")));
        assertThat(cli.run("2025-07-12T10:00", "submit", shorter.toString()).exitCode()).isZero();
        assertThat(cli.run("2025-07-12T10:00", "status", "--period", "2025-06").out())
            .containsPattern("危险化学品安全监督管理股\\s+逾期报送 1天（延期至 2025-07-07）");
    }

    @Test
    void anExtensionBeforeThePeriodEndsOrForAnUnknownSectionIsRejectedWithTheCellNamed() throws Exception {
        CommandLineRun cli = new CommandLineRun(workspace, TestDatabase.newDatabaseUrl());
        Path wrong = SampleFiles.write(outbox.resolve("延期.csv"), Format.CSV_UTF8,
                List.of("股室", "统计月份", "延至", "批准人", "理由"), List.of(List.of("危化股", "2025-06", "2025-06-20", "高耀江", "理由"),
                        List.of("不存在股", "2025-06", "2025-07-10", "高耀江", "理由")));
        CommandLineRun.Result sent = cli.run("2025-07-02T09:00", "submit", wrong.toString());
        assertThat(sent.exitCode()).isEqualTo(2);
        String receipt = Files.readString(workspace.resolve("shared-reports/回执/延期.csv.回执.txt"));
        assertThat(receipt).contains("第 2 行", "延至", "不晚于统计月份 2025-06 的月末", "第 3 行", "股室名单中没有“不存在股”");
    }

}
