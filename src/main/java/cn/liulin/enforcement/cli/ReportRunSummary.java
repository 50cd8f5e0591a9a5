package cn.liulin.enforcement.cli;

import java.io.PrintWriter;

import cn.liulin.enforcement.reports.ReportRun;

/** Prints what a report job delivered, and turns its status into an exit code. */
final class ReportRunSummary {

    private ReportRunSummary() {
    }

    static int print(PrintWriter out, PrintWriter err, ReportRun run) {
        if (!run.completed()) {
            err.printf("作业 #%d %s：%s%n", run.jobExecutionId(), run.status(), run.message());
            err.flush();
            return ExitCodes.JOB_FAILED;
        }
        if (run.files().isEmpty()) {
            out.println(run.message());
        }
        else if (run.written()) {
            out.printf("已生成第 %d 版：%n", run.version());
            run.files().forEach(file -> out.println("  " + run.location().resolve(file)));
            if (!run.changes().isEmpty()) {
                out.println("与上一版相比的变更：");
                run.changes().forEach(change -> out.println("  " + change));
            }
        }
        else {
            out.printf("报表已交付（第 %d 版），数据未变，未重新生成；如需重新生成请加 --force：%n", run.version());
            run.files().forEach(file -> out.println("  " + run.location().resolve(file)));
        }
        out.flush();
        return ExitCodes.OK;
    }

}
