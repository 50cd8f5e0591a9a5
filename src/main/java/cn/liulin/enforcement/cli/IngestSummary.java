package cn.liulin.enforcement.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import cn.liulin.enforcement.intake.IngestRun;
import cn.liulin.enforcement.intake.ReceiptStatus;

/** Prints what an ingest run did, a line per file with its receipt, then the counts. */
final class IngestSummary {

    private IngestSummary() {
    }

    static void print(PrintWriter out, IngestRun run) {
        if (!run.completed()) {
            out.printf("ingestJob #%d %s：%s（未处理完的文件留在收件箱，下次运行时重试）%n", run.jobExecutionId(), run.batchStatus(),
                    run.failure());
        }
        if (run.completed() && !run.waiting().isEmpty()) {
            out.printf("%d 个文件仍在收件箱，留待下次运行（仍在写入，或暂时无法读取）：%s%n", run.waiting().size(),
                    String.join("、", run.waiting().stream().limit(20).toList())
                            + (run.waiting().size() > 20 ? " 等" : ""));
        }
        if (run.files().isEmpty()) {
            if (run.completed() && run.waiting().isEmpty()) {
                out.printf("ingestJob #%d %s：收件箱中没有待读文件%n", run.jobExecutionId(), run.batchStatus());
            }
            out.flush();
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (IngestRun.FileResult file : run.files()) {
            rows.add(List.of(file.fileName(), file.status().chinese(), file.kind(), Integer.toString(file.rows()),
                    Integer.toString(file.errorCount()), file.receipt() == null ? "（未写成，下次运行时补写）" : file.receipt()));
        }
        out.println(TextTable.render(List.of("文件", "结果", "类型", "行数", "错误", "回执"), rows, 3));
        out.printf("ingestJob #%d %s：读取 %d 个文件，接收 %d，退回 %d，重复 %d%n", run.jobExecutionId(), run.batchStatus(),
                run.files().size(), run.count(ReceiptStatus.ACCEPTED), run.count(ReceiptStatus.REJECTED),
                run.count(ReceiptStatus.DUPLICATE));
        out.flush();
    }

}
