package cn.liulin.enforcement.console;

import java.util.Map;

import cn.liulin.enforcement.accounts.Role;
import cn.liulin.enforcement.accounts.SignedInAccount;
import cn.liulin.enforcement.sections.SectionDirectory;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every console page shows around its content: the bureau, who is signed in and the
 * pages their role may open, and the CSRF token that htmx sends as a header.
 */
@ControllerAdvice(basePackages = "cn.liulin.enforcement.console")
@ConditionalOnWebApplication
class ConsolePages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SectionDirectory sections;

    ConsolePages(SectionDirectory sections) {
        this.sections = sections;
    }

    @ModelAttribute("bureau")
    String bureau() {
        return sections.bureau();
    }

    @ModelAttribute("me")
    SignedInAccount me(@AuthenticationPrincipal SignedInAccount me) {
        return me;
    }

    @ModelAttribute("roleName")
    String roleName(@AuthenticationPrincipal SignedInAccount me) {
        return me == null ? "" : me.role().chinese();
    }

    @ModelAttribute("mayUpload")
    boolean mayUpload(@AuthenticationPrincipal SignedInAccount me) {
        return me != null && me.role() != Role.VIEWER;
    }

    @ModelAttribute("isAdmin")
    boolean isAdmin(@AuthenticationPrincipal SignedInAccount me) {
        return me != null && me.role() == Role.ADMIN;
    }

    /** {@code {"X-CSRF-TOKEN": "…"}}, for the page's {@code hx-headers}. */
    @ModelAttribute("csrfHeaders")
    String csrfHeaders(HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return token == null ? "{}" : JSON.writeValueAsString(Map.of(token.getHeaderName(), token.getToken()));
    }

}
