package cn.liulin.enforcement.console.upload;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import cn.liulin.enforcement.ReportingProperties;
import cn.liulin.enforcement.accounts.Role;
import cn.liulin.enforcement.accounts.SignedInAccount;
import cn.liulin.enforcement.console.AuditLog;
import cn.liulin.enforcement.intake.SectionLookup;
import cn.liulin.enforcement.intake.Submitter;
import cn.liulin.enforcement.intake.Uploads;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 上传 (spec §8): files go through the same intake as the inbox, received at the upload's
 * time, and the page shows each file's receipt at once. A REPORTER's file may hold only
 * its own sections' rows; the intake refuses any other in the receipt.
 */
@Controller
@ConditionalOnWebApplication
class UploadController {

    private final Uploads uploads;

    private final AuditLog audit;

    private final SectionLookup sections;

    private final Clock clock;

    private final ReportingProperties.Console limits;

    UploadController(Uploads uploads, AuditLog audit, SectionLookup sections, Clock clock,
            ReportingProperties properties) {
        this.uploads = uploads;
        this.audit = audit;
        this.sections = sections;
        this.clock = clock;
        this.limits = properties.console();
    }

    @GetMapping("/upload")
    String form(@AuthenticationPrincipal SignedInAccount me, Model model) {
        describe(me, model);
        return "console/upload";
    }

    @PostMapping("/upload")
    String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal SignedInAccount me, Model model, HttpServletResponse response) throws IOException {
        describe(me, model);
        String view = htmx == null ? "console/upload" : "console/upload :: result";
        List<MultipartFile> given = files == null ? List.of()
                : files.stream().filter(file -> !file.isEmpty() || !file.getOriginalFilename().isBlank()).toList();
        String refused = refusal(given);
        if (refused != null) {
            response.setStatus(refused.startsWith("请选择") ? HttpServletResponse.SC_BAD_REQUEST
                    : HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            audit.record(me.getUsername(), AuditLog.Action.UPLOAD, given.size() + " 个文件", "未收：" + refused);
            model.addAttribute("error", refused);
            return view;
        }
        List<Uploads.Upload> named = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (MultipartFile file : given) {
            String name = UploadNames.clean(file.getOriginalFilename());
            if (!names.add(name)) {
                model.addAttribute("error", "同一次上传中有两个文件都叫“" + name + "”：请改名后分别上传");
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return view;
            }
            named.add(new Uploads.Upload(name, file::getInputStream));
        }
        Submitter submitter = me.role() == Role.REPORTER ? new Submitter(me.getUsername(), me.account().sections())
                : Submitter.anySection(me.getUsername());
        try {
            List<Uploads.Receipt> receipts = uploads.submit(named, submitter, clock.instant());
            for (Uploads.Receipt receipt : receipts) {
                audit.record(me.getUsername(), AuditLog.Action.UPLOAD, receipt.fileName(),
                        receipt.status() == null ? "处理中" : receipt.status().chinese()
                                + (receipt.errorCount() == 0 ? "" : "（" + receipt.errorCount() + " 处错误）"));
            }
            model.addAttribute("receipts", receipts);
        }
        catch (IllegalArgumentException e) {
            audit.record(me.getUsername(), AuditLog.Action.UPLOAD, String.join("、", names), "未收：" + e.getMessage());
            model.addAttribute("error", e.getMessage());
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        }
        return view;
    }

    /** Why these files are not taken at all, or null. */
    private String refusal(List<MultipartFile> files) {
        if (files.isEmpty()) {
            return "请选择要上传的 .xlsx 或 .csv 文件";
        }
        if (files.size() > limits.maxUploadFiles()) {
            return "一次最多上传 " + limits.maxUploadFiles() + " 个文件：这次选了 " + files.size() + " 个，请分几次上传";
        }
        for (MultipartFile file : files) {
            if (file.getSize() > limits.maxUploadSize().toBytes()) {
                return "文件“" + UploadNames.clean(file.getOriginalFilename()) + "”超过 " + UploadTooLarge.shown(limits)
                        + "：请把数据分成几个较小的文件";
            }
        }
        return null;
    }

    private void describe(SignedInAccount me, Model model) {
        model.addAttribute("ownSections",
                me.role() == Role.REPORTER ? sections.describe(new TreeSet<>(me.account().sections())) : null);
        model.addAttribute("maxSize", UploadTooLarge.shown(limits));
        model.addAttribute("maxFiles", limits.maxUploadFiles());
    }

}
