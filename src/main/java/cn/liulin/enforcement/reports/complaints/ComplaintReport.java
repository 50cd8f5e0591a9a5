package cn.liulin.enforcement.reports.complaints;

import java.time.LocalDate;
import java.util.Optional;

import cn.liulin.enforcement.complaints.ComplaintRegister;
import cn.liulin.enforcement.reports.Report;
import cn.liulin.enforcement.reports.ReportContent;
import cn.liulin.enforcement.reports.ReportDefinition;
import cn.liulin.enforcement.reports.ReportKit;
import cn.liulin.enforcement.reports.ReportOption;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 附件3 (spec 5.4) for a date range, to the folder of the range's last month; personal data
 * masked as set.
 */
@Report(name = "complaints", title = "12345政务服务热线投诉、举报信息汇总表",
        description = { "生成 12345 政务服务热线投诉、举报信息汇总表（附件3）。", "列出发生时间在日期范围内的投诉，反映人和联系方式按设置隐去部分内容，放入 共享文件夹/结束日期所在月份/。" },
        job = "complaintReportJob")
@Component
@Order(3)
record ComplaintReport(ComplaintRegister register,
        ReportKit kit) implements ReportDefinition<ComplaintReport.Parameters> {

    record Parameters(@ReportOption(label = "YYYY-MM-DD", description = "开始日期（含）") LocalDate from,
            @ReportOption(label = "YYYY-MM-DD", description = "结束日期（含）") LocalDate to) {
    }

    @Override
    public Parameters resolve(Parameters given) {
        if (given.to().isBefore(given.from())) {
            throw new IllegalArgumentException("结束日期 " + given.to() + " 早于开始日期 " + given.from());
        }
        return given;
    }

    @Override
    public Optional<ReportContent> content(Parameters parameters) {
        return Optional.of(new ComplaintRegisterContent(kit.bureau(), parameters.from(), parameters.to(),
                register.occurredBetween(parameters.from(), parameters.to()),
                kit.properties().privacy().maskPersonalData(), kit.footer(), kit.generatedAt(), kit.renderer()));
    }
}
