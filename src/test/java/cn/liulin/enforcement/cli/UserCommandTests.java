package cn.liulin.enforcement.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import cn.liulin.enforcement.support.CommandLineRun;
import cn.liulin.enforcement.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The console's accounts through the {@code user} command, as the 执法股 keeps them: a
 * mistake is exit code 2 with what to type instead, and a password never reaches the
 * database as written.
 */
class UserCommandTests {

    @TempDir
    Path workspace;

    private final String databaseUrl = TestDatabase.newDatabaseUrl();

    @Test
    void accountsAreAddedListedChangedAndDisabled() {
        CommandLineRun cli = new CommandLineRun(workspace, databaseUrl);
        assertThat(cli
            .runWithInput("a-long-secret\n", null, "user", "add", "wang", "--role", "reporter", "--section", "危化股",
                    "--section", "FMK")
            .out()).contains("已新增账号 wang（报送员（股室））", "FMK、WHK");
        assertThat(cli.runWithInput("another-secret\n", null, "user", "add", "chen", "--role", "VIEWER").exitCode())
            .isZero();
        CommandLineRun.Result list = cli.run(null, "user", "list");
        assertThat(list.out()).contains("wang", "REPORTER", "FMK、WHK", "chen", "VIEWER", "启用");
        String hash = JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(), databaseUrl))
            .sql("select password_hash from console_account where username = 'wang'")
            .query(String.class)
            .single();
        assertThat(hash).startsWith("$2").doesNotContain("a-long-secret");
        assertThat(cli.runWithInput("changed-secret\n", null, "user", "password", "wang").out())
            .contains("已修改 wang 的密码");
        assertThat(cli.run(null, "user", "disable", "chen").exitCode()).isZero();
        assertThat(cli.run(null, "user", "list").out()).contains("已停用");
    }

    @Test
    void mistakesSayWhatToTypeInstead() {
        CommandLineRun cli = new CommandLineRun(workspace, databaseUrl);
        expectUsage(cli.runWithInput("a-long-secret\n", null, "user", "add", "li", "--role", "REPORTER"), "--section");
        expectUsage(cli.runWithInput("a-long-secret\n", null, "user", "add", "li", "--role", "REPORTER", "--section",
                "不存在股"), "股室名单中没有");
        expectUsage(
                cli.runWithInput("a-long-secret\n", null, "user", "add", "li", "--role", "VIEWER", "--section", "WHK"),
                "只有 REPORTER");
        expectUsage(cli.runWithInput("short\n", null, "user", "add", "li", "--role", "ADMIN"), "密码太短");
        expectUsage(cli.runWithInput("", null, "user", "add", "li", "--role", "ADMIN"), "标准输入");
        expectUsage(cli.runWithInput("a-long-secret\n", null, "user", "add", "../li", "--role", "ADMIN"), "用户名");
        expectUsage(cli.run(null, "user", "disable", "nobody"), "没有用户 nobody");
        expectUsage(cli.run(null, "user", "add", "li", "--role", "BOSS"), "BOSS");
        expectUsage(cli.run(null, "user"), "user");
    }

    private static void expectUsage(CommandLineRun.Result result, String said) {
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains(said);
    }

}
