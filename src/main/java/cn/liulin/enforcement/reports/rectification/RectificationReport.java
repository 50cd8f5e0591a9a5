package cn.liulin.enforcement.reports.rectification;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.liulin.enforcement.inspections.WarningProblems;
import cn.liulin.enforcement.problems.ProblemList;
import cn.liulin.enforcement.reports.AsOfDay;
import cn.liulin.enforcement.reports.Report;
import cn.liulin.enforcement.reports.ReportContent;
import cn.liulin.enforcement.reports.ReportDefinition;
import cn.liulin.enforcement.reports.ReportKit;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 附件2 (spec 5.3) as of a day, to that month's folder; nothing while the list is empty.
 */
@Report(name = "rectification", title = "涉企问题清单及整改责任清单",
        description = "生成涉企问题清单及整改责任清单（附件2）：截至今天的全部问题，按股室分组并标出逾期，放入 共享文件夹/本月/。")
@Component
@Order(4)
record RectificationReport(ProblemList problems, WarningProblems warnings,
        ReportKit kit) implements ReportDefinition<AsOfDay> {

    @Override
    public AsOfDay resolve(AsOfDay given) {
        return given.orToday(kit.clock());
    }

    @Override
    public Optional<ReportContent> content(AsOfDay parameters) {
        // The problems sent, then the system's warnings that no problems row has taken up
        // yet.
        List<ProblemList.Entry> entries = new ArrayList<>(problems.asOf(parameters.asOf()));
        entries.addAll(warnings.open(parameters.asOf()));
        return entries.isEmpty() ? Optional.empty() : Optional.of(new RectificationListContent(kit.bureau(),
                parameters.asOf(), entries, kit.footer(), kit.generatedAt(), kit.renderer()));
    }

    @Override
    public String nothingToDeliver(AsOfDay parameters) {
        return "问题清单中还没有问题：请先报送问题清单及整改责任清单";
    }
}
