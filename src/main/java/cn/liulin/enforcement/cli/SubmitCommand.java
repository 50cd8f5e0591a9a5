package cn.liulin.enforcement.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

import cn.liulin.enforcement.intake.Ingest;
import cn.liulin.enforcement.intake.IngestRun;
import cn.liulin.enforcement.intake.ReceiptStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "submit", mixinStandardHelpOptions = true,
        description = { "把文件放入收件箱并立即读取（报送时间为此刻）。", "有文件被退回时退出码为 2，请按回执改正后重新报送。" })
class SubmitCommand implements Callable<Integer> {

    private final Ingest ingest;

    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "要报送的 .xlsx 或 .csv 文件")
    List<Path> files;

    SubmitCommand(Ingest ingest, Clock clock) {
        this.ingest = ingest;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new UserInputException("找不到文件 " + file.toAbsolutePath() + "：请写出要报送的文件路径");
            }
        }
        java.time.Instant now = clock.instant();
        ingest.putInInbox(files, now);
        IngestRun run = ingest.run(now);
        IngestSummary.print(spec.commandLine().getOut(), run);
        if (!run.completed()) {
            return ExitCodes.JOB_FAILED;
        }
        return run.count(ReceiptStatus.REJECTED) > 0 ? ExitCodes.USAGE : ExitCodes.OK;
    }

}
