package cn.liulin.enforcement.reports.rectification;

import org.springframework.core.annotation.Order;

import java.time.Clock;
import java.util.Optional;

import cn.liulin.enforcement.ReportingProperties;
import cn.liulin.enforcement.problems.ProblemList;
import cn.liulin.enforcement.reports.AsOfDay;
import cn.liulin.enforcement.reports.ReportContent;
import cn.liulin.enforcement.reports.Report;
import cn.liulin.enforcement.reports.ReportDefinition;
import cn.liulin.enforcement.reports.ReportFooter;
import cn.liulin.enforcement.reports.ReportRenderer;
import cn.liulin.enforcement.sections.SectionDirectory;

import org.springframework.stereotype.Component;

/** 附件2 (spec 5.3) as of a day, to that month's folder; nothing while the list is empty. */
@Report(name = "rectification", title = "涉企问题清单及整改责任清单",
        description = {"生成涉企问题清单及整改责任清单（附件2）：截至今天的全部问题，按股室分组并标出逾期，放入 共享文件夹/本月/。"})
@Component
@Order(4)
class RectificationReport implements ReportDefinition<AsOfDay> {

    private final ProblemList problems;
    private final SectionDirectory sections;
    private final ReportRenderer renderer;
    private final ReportingProperties properties;
    private final Clock clock;

    RectificationReport(ProblemList problems, SectionDirectory sections, ReportRenderer renderer,
            ReportingProperties properties, Clock clock) {
        this.problems = problems;
        this.sections = sections;
        this.renderer = renderer;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public AsOfDay resolve(AsOfDay given) {
        return given.orToday(clock);
    }

    @Override
    public Optional<ReportContent> content(AsOfDay parameters) {
        var entries = problems.asOf(parameters.asOf());
        return entries.isEmpty() ? Optional.empty() : Optional.of(new RectificationListContent(sections.bureau(),
                parameters.asOf(), entries, ReportFooter.of(sections.bureau(), properties.contact()),
                ReportFooter.generatedAt(clock), renderer));
    }

    @Override
    public String nothingToDeliver(AsOfDay parameters) {
        return "问题清单中还没有问题：请先报送问题清单及整改责任清单";
    }
}
