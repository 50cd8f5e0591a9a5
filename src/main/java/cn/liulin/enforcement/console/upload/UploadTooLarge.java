package cn.liulin.enforcement.console.upload;

import cn.liulin.enforcement.ReportingProperties;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload the servlet container refused for its size, before any controller saw it:
 * answered with 413 and the limit, on the upload page.
 */
@ControllerAdvice
@ConditionalOnWebApplication
class UploadTooLarge {

    private final ReportingProperties.Console limits;

    UploadTooLarge(ReportingProperties properties) {
        this.limits = properties.console();
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        model.addAttribute("error", "上传的文件太大：每个文件不超过 " + shown(limits) + "，一次不超过 " + limits.maxUploadFiles() + " 个文件");
        model.addAttribute("maxSize", shown(limits));
        model.addAttribute("maxFiles", limits.maxUploadFiles());
        return "console/upload-refused";
    }

    static String shown(ReportingProperties.Console limits) {
        long bytes = limits.maxUploadSize().toBytes();
        return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MB" : (bytes >> 10) + " KB";
    }

}
