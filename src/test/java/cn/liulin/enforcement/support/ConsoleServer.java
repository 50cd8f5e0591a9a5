package cn.liulin.enforcement.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;

import cn.liulin.enforcement.EnforcementReportingApplication;
import cn.liulin.enforcement.core.BureauZone;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.context.WebApplicationContext;

/**
 * The unattended scheduler with its web console, run in this JVM as {@code java -jar}
 * with no command runs it, on a free port and a test workspace.
 */
public final class ConsoleServer implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private ConsoleServer(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * @param now the job's clock, a local date-time in Asia/Shanghai
     */
    public static ConsoleServer start(Path workspace, String databaseUrl, String now, String... more) {
        List<String> args = new ArrayList<>(Workspace.settings(workspace, databaseUrl, more));
        args.add("--reporting.now=" + now);
        args.add("--server.port=0");
        // Commands run in this JVM beside it (CommandLineRun) make schedulers of their
        // own,
        // unstarted: the server's keeps a name apart from theirs in Quartz's JVM-wide
        // registry.
        args.add("--spring.quartz.scheduler-name=console-server");
        args.add("--logging.config=classpath:logback-spring.xml");
        TimeZone.setDefault(TimeZone.getTimeZone(BureauZone.ZONE));
        return new ConsoleServer(
                new SpringApplication(EnforcementReportingApplication.class).run(args.toArray(String[]::new)));
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    public WebApplicationContext context() {
        return (WebApplicationContext) context;
    }

    @Override
    public void close() {
        context.close();
    }

}
