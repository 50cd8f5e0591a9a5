package cn.liulin.enforcement.reports.annual;

import java.util.Optional;

import cn.liulin.enforcement.reports.AsOfDay;
import cn.liulin.enforcement.reports.Report;
import cn.liulin.enforcement.reports.ReportContent;
import cn.liulin.enforcement.reports.ReportDefinition;
import cn.liulin.enforcement.reports.ReportKit;
import cn.liulin.enforcement.sections.Section;
import cn.liulin.enforcement.submissions.YearTotals;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 附件1 (spec 5.2) as of a day, to that month's folder: every year from the first period's
 * on.
 */
@Report(name = "annual", title = "行政执法相关数据统计表", description = "生成行政执法相关数据统计表（附件1）：各股室和全局自数据起始年份至今每年的六项件数，放入 共享文件夹/本月/。")
@Component
@Order(5)
record AnnualReport(YearTotals yearTotals, ReportKit kit) implements ReportDefinition<AsOfDay> {

    @Override
    public AsOfDay resolve(AsOfDay given) {
        return given.orToday(kit.clock());
    }

    @Override
    public Optional<ReportContent> content(AsOfDay parameters) {
        int firstYear = kit.properties().firstPeriod().getYear();
        return Optional.of(new AnnualTableContent(kit.bureau(), firstYear, parameters.asOf(),
                kit.sections().all().stream().filter(Section::reports).toList(),
                yearTotals.all(firstYear, parameters.asOf().getYear()), kit.footer(), kit.generatedAt(),
                kit.renderer()));
    }
}
