package cn.liulin.enforcement.reports.phase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.liulin.enforcement.complaints.Complaint;
import cn.liulin.enforcement.problems.ProblemList;
import cn.liulin.enforcement.problems.RectificationStatus;
import cn.liulin.enforcement.reports.Block;

/**
 * The phase summary's blocks from the registers: problems by category and source,
 * complaints by 问题性质.
 */
final class PhaseRegisterBlocks {

    private PhaseRegisterBlocks() {
    }

    static Block problems(List<ProblemList.Entry> found, LocalDate asOf) {
        Map<String, List<ProblemList.Entry>> byCategory = new LinkedHashMap<>();
        found.forEach(p -> byCategory.computeIfAbsent(p.problem().category(), c -> new ArrayList<>()).add(p));
        List<List<String>> rows = new ArrayList<>();
        byCategory.forEach((category, list) -> rows.add(problemRow(category, list)));
        rows.add(problemRow("合计", found));
        return new Block("四、问题发现与整改（截至 " + asOf + "）",
                List.of("问题类别", "发现", "自查", "监督检查", "投诉举报", "已整改", "整改中", "未整改", "逾期"), rows, "");
    }

    private static List<String> problemRow(String label, List<ProblemList.Entry> list) {
        return List.of(label, Integer.toString(list.size()), Integer.toString(count(list, "自查")),
                Integer.toString(count(list, "监督检查")), Integer.toString(count(list, "投诉举报")),
                Integer.toString(status(list, RectificationStatus.DONE)),
                Integer.toString(status(list, RectificationStatus.IN_PROGRESS)),
                Integer.toString(status(list, RectificationStatus.NOT_STARTED)),
                Integer.toString((int) list.stream().filter(ProblemList.Entry::overdue).count()));
    }

    private static int count(List<ProblemList.Entry> list, String source) {
        return (int) list.stream().filter(p -> p.problem().source().equals(source)).count();
    }

    private static int status(List<ProblemList.Entry> list, RectificationStatus status) {
        return (int) list.stream().filter(p -> p.problem().status() == status).count();
    }

    static Block complaints(List<Complaint> received, LocalDate asOf) {
        Map<String, List<Complaint>> byNature = new LinkedHashMap<>();
        received.forEach(c -> byNature.computeIfAbsent(c.nature(), k -> new ArrayList<>()).add(c));
        List<List<String>> rows = new ArrayList<>();
        byNature.forEach((nature, list) -> rows.add(complaintRow(nature, list, asOf)));
        rows.add(complaintRow("合计", received, asOf));
        return new Block("五、12345 投诉举报",
                List.of("问题性质", "件数", "已处理", "移送纪检监察", "处理人数", "涉案金额(元)", "检查次数", "挽回损失(元)", ""), rows, "");
    }

    private static List<String> complaintRow(String label, List<Complaint> list, LocalDate asOf) {
        BigDecimal amount = list.stream()
            .map(Complaint::amount)
            .filter(a -> a != null)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
        int inspections = list.stream()
            .map(Complaint::inspections)
            .filter(i -> i != null)
            .mapToInt(Integer::intValue)
            .sum();
        BigDecimal recovered = list.stream().map(Complaint::recovered).reduce(BigDecimal.ZERO, BigDecimal::add);
        return List.of(label, Integer.toString(list.size()),
                Integer.toString((int) list.stream().filter(c -> !c.handledOn().isAfter(asOf)).count()),
                Integer.toString((int) list.stream().filter(Complaint::referred).count()),
                Integer.toString(list.stream().mapToInt(Complaint::handledPersons).sum()),
                amount.setScale(2).toPlainString(), Integer.toString(inspections),
                recovered.setScale(2).toPlainString(), "");
    }

}
