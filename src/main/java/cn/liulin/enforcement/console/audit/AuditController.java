package cn.liulin.enforcement.console.audit;

import java.time.format.DateTimeFormatter;

import cn.liulin.enforcement.console.AuditLog;
import cn.liulin.enforcement.core.BureauZone;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 审计 (spec §8, ADMIN): who uploaded, launched and downloaded what, when; newest first.
 */
@Controller
@ConditionalOnWebApplication
class AuditController {

    private static final int PAGE = 100;

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
        .withZone(BureauZone.ZONE);

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String audit(@RequestParam(defaultValue = "1") int page, Model model) {
        long count = audit.count();
        int pages = (int) Math.max(1, (count + PAGE - 1) / PAGE);
        int shown = Math.min(Math.max(page, 1), pages);
        model.addAttribute("entries",
                audit.page(shown - 1, PAGE)
                    .stream()
                    .map(entry -> new Line(SHOWN.format(entry.at()), entry.username(), entry.action().chinese(),
                            entry.subject(), entry.outcome()))
                    .toList());
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        model.addAttribute("count", count);
        return "console/audit";
    }

    /** One line as the page shows it. */
    record Line(String at, String username, String action, String subject, String outcome) {
    }

}
