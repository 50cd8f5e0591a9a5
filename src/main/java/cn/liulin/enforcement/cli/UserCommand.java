package cn.liulin.enforcement.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import cn.liulin.enforcement.accounts.Account;
import cn.liulin.enforcement.accounts.Accounts;
import cn.liulin.enforcement.accounts.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The web console's accounts (spec §7, §8). A password is read from standard input, never
 * from the command line, where other users of the machine could see it.
 */
@Command(name = "user", mixinStandardHelpOptions = true, description = "管理网页控制台的账号（密码从标准输入读取）。", subcommands = {
        UserCommand.Add.class, UserCommand.Disable.class, UserCommand.Password.class, UserCommand.ListAccounts.class })
class UserCommand {

    @Command(name = "add", mixinStandardHelpOptions = true, description = {
            "新增账号：ADMIN 执法股管理员；REPORTER 股室报送员（用 --section 绑定股室，可写多次）；VIEWER 司法局、领导（只看和下载）。",
            "密码从标准输入读取，例如：echo '密码' | java -jar enforcement-reporting.jar user add wang --role REPORTER --section WHG" })
    static class Add implements Callable<Integer> {

        private final Accounts accounts;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "用户名（英文字母、数字、点、横线、下划线）")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ADMIN|REPORTER|VIEWER", description = "角色")
        Role role;

        @Option(names = "--section", paramLabel = "CODE", description = "REPORTER 报送的股室代码（config/sections.yml）")
        List<String> sections = new ArrayList<>();

        Add(Accounts accounts) {
            this.accounts = accounts;
        }

        @Override
        public Integer call() {
            Account added = accounts.add(name, role, sections, readPassword());
            spec.commandLine()
                .getOut()
                .println("已新增账号 " + added.username() + "（" + added.role().chinese() + "）"
                        + (added.sections().isEmpty() ? "" : "，股室 " + String.join("、", added.sections())));
            return ExitCodes.OK;
        }

    }

    /** A command on one account, named on the command line. */
    abstract static class OnAccount implements Callable<Integer> {

        final Accounts accounts;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "用户名")
        String name;

        OnAccount(Accounts accounts) {
            this.accounts = accounts;
        }

        @Override
        public Integer call() {
            spec.commandLine().getOut().println(act());
            return ExitCodes.OK;
        }

        /** Does it and says what was done. */
        abstract String act();

    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "停用账号（不删除：审计记录仍指向它）。")
    static class Disable extends OnAccount {

        Disable(Accounts accounts) {
            super(accounts);
        }

        @Override
        String act() {
            accounts.disable(name);
            return "已停用账号 " + name;
        }

    }

    @Command(name = "password", mixinStandardHelpOptions = true, description = "修改密码（新密码从标准输入读取），并解除登录失败后的等待。")
    static class Password extends OnAccount {

        Password(Accounts accounts) {
            super(accounts);
        }

        @Override
        String act() {
            accounts.changePassword(name, readPassword());
            return "已修改 " + name + " 的密码";
        }

    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "列出全部账号：角色、股室、是否停用。")
    static class ListAccounts implements Callable<Integer> {

        private final Accounts accounts;

        @Spec
        CommandSpec spec;

        ListAccounts(Accounts accounts) {
            this.accounts = accounts;
        }

        @Override
        public Integer call() {
            List<List<String>> rows = new ArrayList<>();
            for (Account account : accounts.list()) {
                rows.add(List.of(account.username(), account.role().name(), account.role().chinese(),
                        String.join("、", account.sections()), account.enabled() ? "启用" : "已停用"));
            }
            var out = spec.commandLine().getOut();
            out.println(rows.isEmpty() ? "还没有账号：用 user add 新增"
                    : TextTable.render(List.of("用户名", "角色", "说明", "股室", "状态"), rows, 99));
            return ExitCodes.OK;
        }

    }

    /**
     * At a terminal, asked twice without echo; otherwise the first line of standard input
     * (a script, a pipe).
     */
    private static String readPassword() {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("密码：");
            char[] second = console.readPassword("再输入一次：");
            if (first == null || second == null || !java.util.Arrays.equals(first, second)) {
                throw new UserInputException("两次输入的密码不一致");
            }
            return new String(first);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new UserInputException(
                        "没有从标准输入读到密码：例如 echo '密码' | java -jar enforcement-reporting.jar user add …");
            }
            return line;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
