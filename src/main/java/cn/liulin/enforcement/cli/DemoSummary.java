package cn.liulin.enforcement.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.liulin.enforcement.demo.DemoReports;
import cn.liulin.enforcement.reports.ReportRun;

/**
 * What the demo wrote, in a few lines: the 月报 as one line, every other report with its
 * PDF, and the files a newcomer should open first.
 */
final class DemoSummary {

    private final PrintWriter out;

    private final PrintWriter err;

    private final Path shared;

    DemoSummary(PrintWriter out, PrintWriter err, Path shared) {
        this.out = out;
        this.err = err;
        this.shared = shared;
    }

    int print(List<DemoReports.Delivered> delivered) {
        Optional<DemoReports.Delivered> failed = delivered.stream().filter(d -> !d.run().completed()).findFirst();
        if (failed.isPresent()) {
            return ReportRunSummary.print(out, err, failed.get().run());
        }
        List<DemoReports.Delivered> monthly = delivered.stream().filter(d -> d.what().startsWith("月报")).toList();
        out.println("报表（共享文件夹 " + shared + "，每份都有 PDF 和 Excel）：");
        if (!monthly.isEmpty()) {
            out.printf("  %-14s %s 至 %s，%d 份，各在 %s/<统计月份>/%s%n", "月报", monthly.get(0).what().substring(3),
                    monthly.get(monthly.size() - 1).what().substring(3), monthly.size(), shared,
                    monthly.stream().anyMatch(d -> d.run().written()) ? "" : "（已存在）");
        }
        List<Path> first = new ArrayList<>();
        monthly.stream()
            .filter(d -> d.what().endsWith("2025-06"))
            .findFirst()
            .flatMap(DemoSummary::pdf)
            .ifPresent(first::add);
        for (DemoReports.Delivered d : delivered) {
            if (monthly.contains(d)) {
                continue;
            }
            Optional<Path> pdf = pdf(d);
            out.printf("  %-14s %s%s%n", d.what(), pdf.map(Path::toString).orElse(d.run().message()),
                    pdf.isPresent() && !d.run().written() ? "（已存在）" : "");
            if (d.what().equals("催报通知") || d.what().startsWith("入企检查")) {
                pdf.ifPresent(first::add);
            }
        }
        out.println();
        out.println("先打开这几个文件：");
        int n = 1;
        for (Path path : first) {
            out.printf("  %d. %s%n", n++, path);
        }
        out.printf("  %d. %s（每个报送文件一份回执；被退回的写明哪一行、哪一列、错在哪里、怎么改）%n", n, shared.resolve("回执"));
        out.flush();
        return ExitCodes.OK;
    }

    private static Optional<Path> pdf(DemoReports.Delivered delivered) {
        ReportRun run = delivered.run();
        return run.files().stream().filter(file -> file.endsWith(".pdf")).findFirst().map(run.location()::resolve);
    }

}
