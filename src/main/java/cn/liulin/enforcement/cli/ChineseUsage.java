package cn.liulin.enforcement.cli;

import java.util.ListResourceBundle;
import java.util.regex.Pattern;

import picocli.CommandLine;

/**
 * picocli in Chinese: its headings and its help options through a resource bundle, its
 * usage errors through {@link #message}. One place for the command line read before
 * Spring starts and the one run after.
 */
final class ChineseUsage {

    private static final Object[][] LABELS = { { "usage.synopsisHeading", "用法：" },
            { "usage.commandListHeading", "%n命令：%n" }, { "usage.optionListHeading", "%n选项：%n" },
            { "usage.parameterListHeading", "%n参数：%n" }, { "mixinStandardHelpOptions.help", "显示本帮助并退出。" },
            { "mixinStandardHelpOptions.version", "显示版本并退出。" } };

    private static final String[][] MESSAGES = { { "^Missing required options?: ", "缺少必填选项：" },
            { "^Missing required parameters?: ", "缺少参数：" },
            { "^Unmatched arguments? (at|from) index \\d+: ", "无法识别的参数：" }, { "^Unknown options?: ", "未知选项：" },
            { "^Expected parameter for option '([^']+)' but found '([^']+)'", "选项 $1 后面应有值，却是 $2" },
            { "Did you mean: ", "是否想输入：" },
            { "^option '([^']+)' \\(([^)]+)\\) should be specified only once", "选项 $1 只能写一次" } };

    private ChineseUsage() {
    }

    /** The labels in Chinese for this command and every subcommand it has now. */
    static CommandLine apply(CommandLine commandLine) {
        commandLine.setResourceBundle(new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return LABELS;
            }
        });
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }

    /** picocli's message for a usage error, in Chinese. */
    static String message(String english) {
        String chinese = english;
        for (String[] rule : MESSAGES) {
            chinese = Pattern.compile(rule[0]).matcher(chinese).replaceAll(rule[1]);
        }
        return chinese;
    }

}
