package cn.liulin.enforcement.reports.annual;

import org.springframework.core.annotation.Order;

import java.time.Clock;
import java.util.Optional;

import cn.liulin.enforcement.ReportingProperties;
import cn.liulin.enforcement.reports.AsOfDay;
import cn.liulin.enforcement.reports.ReportContent;
import cn.liulin.enforcement.reports.Report;
import cn.liulin.enforcement.reports.ReportDefinition;
import cn.liulin.enforcement.reports.ReportFooter;
import cn.liulin.enforcement.reports.ReportRenderer;
import cn.liulin.enforcement.sections.Section;
import cn.liulin.enforcement.sections.SectionDirectory;
import cn.liulin.enforcement.submissions.YearTotals;

import org.springframework.stereotype.Component;

/** 附件1 (spec 5.2) as of a day, to that month's folder: every year from the first period's on. */
@Report(name = "annual", title = "行政执法相关数据统计表",
        description = {"生成行政执法相关数据统计表（附件1）：各股室和全局自数据起始年份至今每年的六项件数，放入 共享文件夹/本月/。"})
@Component
@Order(5)
class AnnualReport implements ReportDefinition<AsOfDay> {

    private final YearTotals yearTotals;
    private final SectionDirectory sections;
    private final ReportRenderer renderer;
    private final ReportingProperties properties;
    private final Clock clock;

    AnnualReport(YearTotals yearTotals, SectionDirectory sections, ReportRenderer renderer,
            ReportingProperties properties, Clock clock) {
        this.yearTotals = yearTotals;
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
        int firstYear = properties.firstPeriod().getYear();
        return Optional.of(new AnnualTableContent(sections.bureau(), firstYear, parameters.asOf(),
                sections.all().stream().filter(Section::reports).toList(),
                yearTotals.all(firstYear, parameters.asOf().getYear()),
                ReportFooter.of(sections.bureau(), properties.contact()), ReportFooter.generatedAt(clock), renderer));
    }
}
