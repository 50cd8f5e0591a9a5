package cn.liulin.enforcement.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import cn.liulin.enforcement.demo.SampleFiles.Format;

/**
 * A year (2025) of monthly files from the demo sections, as they would arrive: most by
 * the 3rd, some late, one section missing for 2025-06, one correction, one rejected file
 * sent again fixed, and one file sent twice. Figures are made up but stable from run to
 * run.
 */
final class DemoScenario {

    static final int YEAR = 2025;
    static final YearMonth SHOWCASE = YearMonth.of(YEAR, 6);

    /**
     * The demo's own day: December's deadline (moved by the weekend to Sunday 01-04, a
     * make-up working day), so that every month but December is closed and the 催报通知 still
     * chases December.
     */
    static final LocalDateTime NOW = LocalDateTime.of(YEAR + 1, 1, 4, 10, 0);

    static final List<String> HEADER = List.of("股室", "统计月份", "行政检查合计", "涉企行政检查(件)", "行政处罚合计", "涉企行政处罚(件)", "行政强制合计",
            "涉企行政强制(件)", "填报人", "联系电话", "备注");

    /**
     * The names the sections write in their files (names, aliases and codes all occur).
     */
    private static final List<String> SENDERS = List.of("执法股", "危化股", "非煤矿山安全监督管理股", "煤矿股", "工贸行业安全监督管理股",
            "应急管理综合行政执法队", "应急救援指挥股", "防灾减灾股", "综合监管股", "第一监管专员小组", "监管专员二组", "JZ3");

    private static final List<String> CLERKS = List.of("王丽", "李强", "张伟", "赵敏", "刘洋", "陈静", "杨帆", "黄磊", "周婷", "吴昊", "郑爽",
            "孙涛");

    /** One file as a section sends it. */
    record DemoFile(LocalDateTime receivedAt, String name, Format format, List<String> header, List<List<?>> rows) {

        DemoFile(LocalDateTime receivedAt, String name, Format format, List<List<?>> rows) {
            this(receivedAt, name, format, HEADER, rows);
        }
    }

    /**
     * A sender's reported 涉企行政检查 of a month, as its current (last accepted) file says it.
     */
    static int enterpriseInspections(String sender, YearMonth period) {
        int s = SENDERS.indexOf(sender);
        int extra = period.equals(SHOWCASE) && sender.equals("工贸行业安全监督管理股") ? 2 : 0;
        return (Integer) row(s, period, Format.values()[s % Format.values().length], extra).get(3);
    }

    static List<DemoFile> files() {
        List<DemoFile> files = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            YearMonth period = YearMonth.of(YEAR, month);
            for (int s = 0; s < SENDERS.size(); s++) {
                files.addAll(filesOf(s, period));
            }
        }
        files.addAll(DemoRegisters.files());
        files.add(DemoInspections.june());
        return files;
    }

    private static List<DemoFile> filesOf(int s, YearMonth period) {
        String sender = SENDERS.get(s);
        LocalDate due = period.plusMonths(1).atDay(3);
        LocalDateTime usual = due.minusDays(1 + (s % 3)).atTime(9 + s % 8, 10 + s * 3);
        Format format = Format.values()[s % Format.values().length];
        String name = sender + "_" + period.getYear() + "年" + period.getMonthValue() + "月执法数据" + format.extension();
        List<?> row = row(s, period, format, 0);
        if (period.equals(SHOWCASE)) {
            switch (sender) {
                case "防灾减灾股":
                    return List.of();
                case "危化股":
                    return List.of(new DemoFile(due.plusDays(2).atTime(10, 0), name, format, List.of(row)));
                case "工贸行业安全监督管理股":
                    return List.of(new DemoFile(usual, name, format, List.of(row)), new DemoFile(
                            due.plusDays(7).atTime(16, 30), "更正_" + name, format, List.of(row(s, period, format, 2))));
                case "非煤矿山安全监督管理股":
                    List<Object> wrong = new ArrayList<>(row);
                    wrong.set(3, ((Number) row.get(2)).intValue() + 4);
                    wrong.set(6, "三");
                    return List.of(new DemoFile(due.minusDays(2).atTime(8, 45), name, format, List.of(wrong)),
                            new DemoFile(due.atTime(15, 0), "修改后_" + name, format, List.of(row)));
                default:
                    break;
            }
        }
        if (period.equals(YearMonth.of(YEAR, 3)) && sender.equals("监管专员二组")) {
            return List.of(new DemoFile(due.plusDays(5).atTime(11, 20), name, format, List.of(row)));
        }
        if (period.equals(YearMonth.of(YEAR, 9)) && sender.equals("应急救援指挥股")) {
            // 国庆 moved September's deadline to 10-09: this one is still four days late.
            return List.of(new DemoFile(due.plusDays(10).atTime(9, 5), name, format, List.of(row)));
        }
        if (period.equals(YearMonth.of(YEAR, 12)) && sender.equals("综合监管股")) {
            return List.of(); // not yet in on the demo's day: the 催报通知 names it
        }
        if (period.equals(YearMonth.of(YEAR, 8)) && sender.equals("应急管理综合行政执法队")) {
            DemoFile file = new DemoFile(usual, name, format, List.of(row));
            return List.of(file, new DemoFile(usual.plusHours(3), file.name(), format, file.header(), file.rows()));
        }
        return List.of(new DemoFile(usual, name, format, List.of(row)));
    }

    /**
     * A section's made-up counts for a month; {@code extra} inspections for a correction.
     */
    private static List<?> row(int s, YearMonth period, Format format, int extra) {
        int seed = (s + 3) * 31 + period.getMonthValue() * 17;
        int inspections = 4 + seed % 23 + extra;
        int penalties = seed % 5;
        int coercions = seed % 7 == 0 ? 1 : 0;
        List<Object> row = new ArrayList<>();
        row.add(SENDERS.get(s));
        row.add(switch (format) {
            case XLSX -> period.atDay(1);
            case CSV_GBK -> period.getYear() + "年" + period.getMonthValue() + "月";
            case CSV_UTF8 -> period.getYear() + "/" + period.getMonthValue();
            case CSV_UTF8_BOM -> period.toString();
        });
        row.add(inspections);
        row.add(inspections - seed % 3);
        row.add(penalties);
        row.add(penalties == 0 && format != Format.XLSX ? "无" : penalties);
        row.add(coercions);
        row.add(coercions);
        row.add(CLERKS.get(s));
        row.add("0358-" + (6020100 + s * 11));
        row.add(extra > 0 ? "补录漏报的检查记录" : null);
        return row;
    }

}
