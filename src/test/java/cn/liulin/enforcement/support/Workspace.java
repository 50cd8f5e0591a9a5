package cn.liulin.enforcement.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings that put a run's inbox, archive, shared folder and database in a test's
 * own place.
 */
public final class Workspace {

    private Workspace() {
    }

    public static List<String> settings(Path workspace, String databaseUrl, String... more) {
        List<String> settings = new ArrayList<>(
                List.of("--spring.datasource.url=" + databaseUrl, "--reporting.inbox-dir=" + workspace.resolve("inbox"),
                        "--reporting.archive-dir=" + workspace.resolve("archive"),
                        "--reporting.output-dir=" + workspace.resolve("shared-reports"),
                        "--reporting.data-dir=" + workspace.resolve("data"),
                        "--reporting.sections=" + Path.of("config/sections.yml").toAbsolutePath()));
        if (java.util.Arrays.stream(more).noneMatch(setting -> setting.startsWith("--reporting.inbox-settle="))) {
            // Tests write their files whole before the run; the settle wait has tests of
            // its own.
            settings.add("--reporting.inbox-settle=0s");
        }
        settings.addAll(List.of(more));
        return settings;
    }

}
