package cn.liulin.enforcement.console.jobs;

import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.liulin.enforcement.accounts.SignedInAccount;
import cn.liulin.enforcement.console.AuditLog;
import cn.liulin.enforcement.jobs.JobControl;
import cn.liulin.enforcement.jobs.JobHistory;
import cn.liulin.enforcement.reports.ReportDefinition;
import cn.liulin.enforcement.reports.ReportLauncher;
import cn.liulin.enforcement.reports.Reports;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 作业 (spec §8, ADMIN): recent runs with their steps' counts, the schedule, a form per
 * report of the registry, and stop and restart.
 */
@Controller
@ConditionalOnWebApplication
class JobsController {

    private static final int SHOWN_RUNS = 30;

    private final JobHistory history;

    private final Reports reports;

    private final ReportLauncher launcher;

    private final JobControl control;

    private final ConsoleLaunches launches;

    private final AuditLog audit;

    private final Clock clock;

    JobsController(JobHistory history, Reports reports, ReportLauncher launcher, JobControl control,
            ConsoleLaunches launches, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.history = history;
        this.reports = reports;
        this.launcher = launcher;
        this.control = control;
        this.launches = launches;
        this.audit = audit;
    }

    @GetMapping("/jobs")
    String jobs(Model model) {
        model.addAttribute("runs", history.latest(SHOWN_RUNS));
        model.addAttribute("schedules", history.schedules());
        model.addAttribute("forms", reports.all().stream().map(ReportForm::of).toList());
        model.addAttribute("key", UUID.randomUUID().toString());
        model.addAttribute("lastMonth", YearMonth.now(clock).minusMonths(1).toString());
        return "console/jobs";
    }

    /** The runs table alone, which the page reloads every few seconds (htmx). */
    @GetMapping("/jobs/runs")
    String runs(Model model) {
        model.addAttribute("runs", history.latest(SHOWN_RUNS));
        model.addAttribute("key", UUID.randomUUID().toString());
        return "console/jobs :: runs";
    }

    @PostMapping("/jobs/run/{report}")
    String run(@PathVariable String report, @RequestParam Map<String, String> form, @RequestParam String key,
            @AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
        ReportDefinition<?> definition = reports.find(report).orElse(null);
        if (definition == null) {
            redirect.addFlashAttribute("error", "没有名为“" + report + "”的报表");
            return "redirect:/jobs";
        }
        Map<String, String> typed = new HashMap<>();
        definition.info().parameters().fields().forEach(field -> typed.put(field.name(), form.get(field.name())));
        boolean force = "on".equals(form.get("force")) || "true".equals(form.get("force"));
        String subject = definition.title() + " "
                + typed.values().stream().filter(v -> v != null && !v.isBlank()).toList() + (force ? " 强制新版本" : "");
        try {
            Map<String, Object> resolved = launcher.check(report, typed);
            boolean now = launches.start(key, definition.title(), () -> launcher.deliver(report, typed, force, key));
            audit.record(me.getUsername(), AuditLog.Action.LAUNCH, subject, now ? "已启动" : "重复提交，未再启动");
            redirect.addFlashAttribute("message", now
                    ? "已启动" + definition.title() + " " + resolved.values() + "：完成后出现在下方列表和“报表”页" : "这张表单已经提交过，没有再启动一次");
        }
        catch (IllegalArgumentException e) {
            audit.record(me.getUsername(), AuditLog.Action.LAUNCH, subject, "参数有误：" + e.getMessage());
            redirect.addFlashAttribute("error", definition.title() + "：" + e.getMessage());
        }
        return "redirect:/jobs";
    }

    @PostMapping("/jobs/{id}/stop")
    String stop(@PathVariable long id, @AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
        try {
            control.stop(id);
            audit.record(me.getUsername(), AuditLog.Action.STOP, "作业 #" + id, "已请求停止");
            redirect.addFlashAttribute("message", "已请求停止作业 #" + id + "：处理完当前文件或报表后停下，可重新运行");
        }
        catch (IllegalArgumentException | IllegalStateException e) {
            audit.record(me.getUsername(), AuditLog.Action.STOP, "作业 #" + id, e.getMessage());
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/jobs";
    }

    @PostMapping("/jobs/{id}/restart")
    String restart(@PathVariable long id, @RequestParam String key, @AuthenticationPrincipal SignedInAccount me,
            RedirectAttributes redirect) {
        try {
            control.checkRestartable(id);
            boolean now = launches.start(key, "作业 #" + id + " 的重新运行", () -> control.restart(id));
            audit.record(me.getUsername(), AuditLog.Action.RESTART, "作业 #" + id, now ? "已启动" : "重复提交，未再启动");
            redirect.addFlashAttribute("message", now ? "已重新运行作业 #" + id : "这张表单已经提交过，没有再启动一次");
        }
        catch (IllegalArgumentException e) {
            audit.record(me.getUsername(), AuditLog.Action.RESTART, "作业 #" + id, e.getMessage());
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/jobs";
    }

    /** A report's form: its fields as the registry describes them. */
    record ReportForm(String name, String title, List<String> description, List<Field> fields) {

        record Field(String name, String label, String description, boolean required, String inputType) {
        }

        static ReportForm of(ReportDefinition<?> definition) {
            var info = definition.info();
            return new ReportForm(info.name(), info.title(), info.description(),
                    info.parameters()
                        .fields()
                        .stream()
                        .map(field -> new Field(field.name(), field.label(), field.description(), field.required(),
                                field.type() == YearMonth.class ? "month"
                                        : field.type() == java.time.LocalDate.class ? "date" : "text"))
                        .toList());
        }

    }

}
