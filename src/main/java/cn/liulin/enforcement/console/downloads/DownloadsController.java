package cn.liulin.enforcement.console.downloads;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import cn.liulin.enforcement.accounts.Role;
import cn.liulin.enforcement.accounts.SignedInAccount;
import cn.liulin.enforcement.console.AuditLog;
import cn.liulin.enforcement.delivery.DeliveredFiles;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 报表 (spec §8): the shared folder by folder, every version with its change notes and
 * SHA-256, and downloads. A download names a folder and a file as the manifest lists
 * them; the receipts (回执) are the 执法股's, since they name every section's files.
 */
@Controller
@ConditionalOnWebApplication
class DownloadsController {

    static final String RECEIPTS = "回执";

    private final DeliveredFiles delivered;

    private final AuditLog audit;

    DownloadsController(DeliveredFiles delivered, AuditLog audit) {
        this.delivered = delivered;
        this.audit = audit;
    }

    @GetMapping("/reports")
    String reports(@RequestParam(required = false) String folder, @AuthenticationPrincipal SignedInAccount me,
            Model model) {
        List<String> folders = delivered.folders().stream().filter(name -> mayOpen(me, name)).toList();
        String shown = folder != null && folders.contains(folder) ? folder : folders.isEmpty() ? null : folders.get(0);
        model.addAttribute("folders", folders);
        model.addAttribute("folder", shown);
        model.addAttribute("deliveries", shown == null ? List.of() : Delivery.of(delivered.in(shown)));
        return "console/reports";
    }

    @GetMapping("/reports/file")
    ResponseEntity<Resource> download(@RequestParam String folder, @RequestParam String name,
            @AuthenticationPrincipal SignedInAccount me) {
        if (!mayOpen(me, folder)) {
            audit.record(me.getUsername(), AuditLog.Action.DOWNLOAD, folder + "/" + name, "拒绝：无权查看");
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        Path file = delivered.find(folder, name).orElse(null);
        if (file == null) {
            audit.record(me.getUsername(), AuditLog.Action.DOWNLOAD, folder + "/" + name, "没有这个已交付的文件");
            return ResponseEntity.notFound().build();
        }
        audit.record(me.getUsername(), AuditLog.Action.DOWNLOAD, folder + "/" + name, "成功");
        String fileName = file.getFileName().toString();
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
            .contentType(MediaTypeFactory.getMediaType(fileName).orElse(MediaType.APPLICATION_OCTET_STREAM))
            .body(new FileSystemResource(file));
    }

    private static boolean mayOpen(SignedInAccount me, String folder) {
        return me.role() == Role.ADMIN || !RECEIPTS.equals(folder);
    }

}
