package cn.liulin.enforcement.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.liulin.enforcement.demo.DemoScenario.DemoFile;
import cn.liulin.enforcement.demo.SampleFiles.Format;

/**
 * The demo's registers, as the offices would send them in 2025: the 12345 complaint
 * register in the plan's 附件3 layout (title, 说明 and 示例 rows kept), the monthly supervision
 * ledger, and the problem and rectification list with a later update.
 */
final class DemoRegisters {

    static final List<String> COMPLAINT_HEADER = List.of("序号", "问题名称", "企业名称", "发生时间", "涉及的执法单位", "执法类型", "问题性质",
            "问题内容", "反映人", "联系方式", "监督方式", "处理结果", "处理时间", "是否移送纪检监察机关", "处理人数", "涉案金额/检查次数(人民币 元/次)",
            "为企业挽回损失金额(人民币元)");
    static final List<String> LEDGER_HEADER = List.of("日期", "类型", "涉及股室", "数量", "说明");
    static final List<String> PROBLEM_HEADER = List.of("股室", "发现日期", "来源", "问题类别", "问题描述", "整改措施", "责任人", "整改时限",
            "整改状态", "整改完成日期");

    private DemoRegisters() {
    }

    static final List<String> YEARLY_HEADER = List.of("股室", "年份", "行政检查合计", "涉企行政检查(件)", "行政处罚合计", "涉企行政处罚(件)",
            "行政强制合计", "涉企行政强制(件)");

    static List<DemoFile> files() {
        List<DemoFile> files = new ArrayList<>();
        files.add(yearly());
        files.add(complaints());
        for (int month = 6; month <= 10; month++) {
            files.add(ledger(month));
        }
        files.add(problems(LocalDateTime.of(2025, 7, 1, 10, 0), "问题清单及整改责任清单_6月.xlsx", false));
        files.add(problems(LocalDateTime.of(2025, 8, 15, 10, 0), "问题清单及整改责任清单_8月更新.xlsx", true));
        return files;
    }

    /**
     * 附件1's look-back (§二3): each section's 2023 and 2024 totals, sent by 6月5日 as the
     * plan asks; the 执法股 also sent a 2025 figure that its months will not match (the
     * report shows the months).
     */
    private static DemoFile yearly() {
        List<List<?>> rows = new ArrayList<>();
        String[][] sections = { { "执法股", "2023" }, { "危险化学品安全监督管理股", "2023" }, { "非煤矿山安全监督管理股", "2023" },
                { "煤矿安全监督管理股", "2023" }, { "工贸行业安全监督管理股", "2023" }, { "应急管理综合行政执法队", "2023" }, { "应急救援指挥股", "2023" },
                { "防灾减灾股", "2023" }, { "综合监管股", "2023" }, { "矿山救护管理股", "2023" }, { "第一监管专员小组", "2024" },
                { "第二监管专员小组", "2024" } };
        for (int i = 0; i < sections.length; i++) {
            for (int year = Integer.parseInt(sections[i][1]); year <= 2024; year++) {
                int inspections = 60 + i * 7 + (year - 2023) * 11;
                rows.add(List.of(sections[i][0], year + "年", inspections, inspections - 6 - i % 4, 8 + i % 5, 7 + i % 5,
                        i % 3, i % 3));
            }
        }
        rows.add(List.of("执法股", "2025", 60, 55, 5, 5, 0, 0));
        return new DemoFile(LocalDateTime.of(2025, 6, 5, 16, 0), "历年执法数据_2023-2024.xlsx", Format.XLSX, YEARLY_HEADER,
                rows);
    }

    private static DemoFile complaints() {
        List<List<?>> rows = new ArrayList<>();
        rows.add(COMPLAINT_HEADER);
        rows.add(List.of("说明", "必填项（文本）", "必填项（文本）", "必填项（年月日）", "必填项（执法部门全称）", "必填项，可选项"));
        rows.add(List.of("示例", "关于XXX的问题", "XX有限公司", "", "河南省XX市XX县水利局执法队", "行政检查", "乱检查"));
        rows.add(complaint(1, "关于重复入企检查的问题", "柳林县金源煤业有限公司", "2025-07-03", "乱检查", "4", "张建国", "13835801234", "否", 0,
                "0.00", "同一周内三个股室先后到企业检查同一事项，影响正常生产。"));
        rows.add(complaint(2, "关于顶格罚款的问题", "柳林县晋西化工有限公司", "2025-07-11", "乱罚款", "50000.00", "李秀英", "13935807788", "是", 1,
                "30000.00", "企业首次违法且已主动整改，仍被处以顶格罚款，未说明裁量理由。"));
        rows.add(complaint(3, "关于查封设备超期的问题", "柳林县鑫达建材有限公司", "2025-07-19", "乱查封", "120000.00", "王海", "15903581122", "否",
                0, "120000.00", "查封生产设备已超过法定期限，企业申请解除未获答复，停产损失严重。"));
        rows.add(complaint(4, "关于检查人员吃拿卡要的问题", "柳林县宏泰商贸有限公司", "2025-08-06", "吃拿卡要", "2000.00", "赵丽", "18635809900", "是",
                2, "2000.00", "检查结束后要求企业安排宴请，企业拒绝后被告知下次重点检查。"));
        rows.add(List.of("备注：一、填写说明：【问题性质】为“乱检查”时，【涉案金额/检查次数】请填写检查次数。"));
        return new DemoFile(LocalDateTime.of(2025, 8, 20, 15, 0), "12345投诉举报信息汇总表_综合办公室.xlsx", Format.XLSX,
                List.of("柳林县12345政务服务热线投诉、举报信息汇总表　填报股室：综合办公室"), rows);
    }

    private static List<?> complaint(int serial, String title, String company, String occurred, String nature,
            String amount, String reporter, String contact, String referred, int persons, String recovered,
            String content) {
        LocalDate date = LocalDate.parse(occurred);
        return List.of(serial, title, company, date, "柳林县应急管理综合行政执法队",
                nature.equals("乱查封") ? "行政强制" : nature.equals("乱罚款") ? "行政处罚" : "行政检查", nature, content, reporter,
                contact, serial % 2 == 0 ? "督办函" : "约谈", referred.equals("是") ? "党纪政务处分" : "责令限期整改", date.plusDays(9),
                referred, persons, amount, recovered);
    }

    private static DemoFile ledger(int month) {
        LocalDate first = LocalDate.of(2025, month, 1);
        List<List<?>> rows = List.of(List.of(first.plusDays(7), "抽查案卷", "危化股", 2 + month % 3, "抽查行政处罚案卷"),
                List.of(first.plusDays(14), "抽查案卷", "应急管理综合行政执法队", 3, "抽查行政检查案卷"),
                List.of(first.plusDays(16), "纠正违规执法", "应急管理综合行政执法队", 1 + month % 2, "纠正未出示执法证件、未告知陈述申辩权"),
                List.of(first.plusDays(20), "通报曝光", "", 1, "通报典型问题案例"),
                List.of(first.plusDays(24), "移送问题线索", "", 1, month == 7 ? "柳林县晋西化工有限公司顶格罚款线索移送县纪委监委" : "检查中发现的违纪线索移送"));
        return new DemoFile(first.plusMonths(1).atTime(9, 30), "执法监督台账_2025年" + month + "月.csv", Format.CSV_GBK,
                LEDGER_HEADER, List.copyOf(rows));
    }

    private static DemoFile problems(LocalDateTime received, String name, boolean update) {
        List<List<?>> rows = List.of(
                List.of("应急管理综合行政执法队", LocalDate.of(2025, 6, 18), "自查", "乱检查", "同一企业同一事项一个月内重复检查",
                        "建立入企检查计划台账，合并同类检查事项", "高耀江", LocalDate.of(2025, 7, 31), update ? "已整改" : "整改中",
                        update ? LocalDate.of(2025, 7, 28) : ""),
                List.of("危险化学品安全监督管理股", LocalDate.of(2025, 6, 20), "自查", "乱罚款", "3 件处罚案件裁量理由说明不充分",
                        "复核裁量依据，补充说明理由并组织案卷评查", "卫学河", LocalDate.of(2025, 8, 31), "整改中", ""),
                List.of("煤矿安全监督管理股", LocalDate.of(2025, 6, 25), "监督检查", "执法不作为", "2 起举报核查超过办理期限", "明确举报核查时限，建立督办提醒",
                        "贾天财", LocalDate.of(2025, 7, 15), update ? "整改中" : "未整改", ""),
                List.of("执法股", LocalDate.of(2025, 6, 28), "投诉举报", "粗暴执法", "执法人员现场用语不规范", "开展文明执法培训", "白芮奇",
                        LocalDate.of(2025, 7, 20), update ? "已整改" : "整改中", update ? LocalDate.of(2025, 7, 12) : ""));
        return new DemoFile(received, name, Format.XLSX, PROBLEM_HEADER, List.copyOf(rows));
    }

}
