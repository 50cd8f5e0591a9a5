package cn.liulin.enforcement.cli;

import java.time.Clock;
import java.util.concurrent.Callable;

import cn.liulin.enforcement.intake.Ingest;
import cn.liulin.enforcement.intake.IngestRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true, description = "立即读取收件箱中的文件：逐个校验、入库或退回，写回执并存档原文件。")
class IngestCommand implements Callable<Integer> {

    private final Ingest ingest;

    private final Clock clock;

    @Spec
    CommandSpec spec;

    IngestCommand(Ingest ingest, Clock clock) {
        this.ingest = ingest;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        IngestRun run = ingest.run(clock.instant());
        IngestSummary.print(spec.commandLine().getOut(), run);
        return run.completed() ? ExitCodes.OK : ExitCodes.JOB_FAILED;
    }

}
