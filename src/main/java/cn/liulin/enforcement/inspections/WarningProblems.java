package cn.liulin.enforcement.inspections;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.liulin.enforcement.core.ReportingPeriod;
import cn.liulin.enforcement.problems.Problem;
import cn.liulin.enforcement.problems.ProblemList;
import cn.liulin.enforcement.problems.RectificationStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The system's warnings as problems of 附件2 (来源 系统预警, 类别 乱检查, 未整改), with
 * {@code reporting.inspections.add-warnings-to-problems} on. Each carries its number,
 * such as {@code 〔预警 202506-多头检查-91141125MA0K0001XJ〕}; once a problems file has a row
 * whose 问题内容 contains that number, the row (with its rectification) stands for the
 * warning and the warning is no longer added.
 */
@Component
public class WarningProblems {

    private static final Pattern NUMBER = Pattern.compile("〔预警 ([^〕]+)〕");

    private final JdbcClient jdbc;

    private final InspectionWarnings warnings;

    private final InspectionSettings settings;

    WarningProblems(JdbcClient jdbc, InspectionWarnings warnings, InspectionSettings settings) {
        this.jdbc = jdbc;
        this.warnings = warnings;
        this.settings = settings;
    }

    /**
     * The warnings of every month up to {@code day} that no problems row has taken up
     * yet.
     */
    public List<ProblemList.Entry> open(LocalDate day) {
        if (!settings.addWarningsToProblems()) {
            return List.of();
        }
        Set<String> taken = jdbc.sql("select description from current_problem where description like '%〔预警 %'")
            .query(String.class)
            .list()
            .stream()
            .flatMap(text -> {
                Matcher m = NUMBER.matcher(text);
                List<String> found = new ArrayList<>();
                while (m.find()) {
                    found.add(m.group(1));
                }
                return found.stream();
            })
            .collect(Collectors.toSet());
        List<LocalDate> months = jdbc
            .sql("select distinct month from inspection_list where month <= :day order by month")
            .param("day", Date.valueOf(day))
            .query(LocalDate.class)
            .list();
        List<ProblemList.Entry> open = new ArrayList<>();
        for (LocalDate month : months) {
            for (Warning warning : warnings.of(ReportingPeriod.containing(month))) {
                String number = number(warning);
                if (taken.contains(number) || warning.latest().isAfter(day)) {
                    continue;
                }
                Warning.Row last = warning.rows().get(warning.rows().size() - 1);
                Problem problem = new Problem(0, null, warning.latest(), "系统预警", "乱检查",
                        "〔预警 " + number + "〕" + warning.rule().chinese() + "：" + warning.enterprise() + "（"
                                + warning.creditCode() + "）" + warning.detail(),
                        "核实后整改；在问题清单中报送整改情况时，问题内容写明本预警编号", last.section(), warning.latest().plusDays(30),
                        RectificationStatus.NOT_STARTED, null);
                open.add(new ProblemList.Entry(last.section(), problem, ProblemList.daysOverdue(problem, day)));
            }
        }
        return open;
    }

    /** {@code 202506-多头检查-91141125MA0K0001XJ}: the month, the rule and the enterprise. */
    static String number(Warning warning) {
        return warning.latest().toString().substring(0, 7).replace("-", "") + "-" + warning.rule().chinese() + "-"
                + warning.creditCode();
    }

}
