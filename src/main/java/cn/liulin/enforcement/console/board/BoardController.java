package cn.liulin.enforcement.console.board;

import cn.liulin.enforcement.ReportingProperties;
import cn.liulin.enforcement.accounts.Role;
import cn.liulin.enforcement.accounts.SignedInAccount;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 报送看板 (spec §8): every role; a REPORTER sees its own sections' lines, and the bureau's
 * rates like everyone.
 */
@Controller
@ConditionalOnWebApplication
class BoardController {

    private final BoardQuery boards;

    private final int pageSize;

    BoardController(BoardQuery boards, ReportingProperties properties) {
        this.boards = boards;
        this.pageSize = properties.console().boardPageSize();
    }

    @GetMapping("/board")
    String board(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "1") int page,
            @AuthenticationPrincipal SignedInAccount me, Model model) {
        int shown = year == null ? boards.defaultYear() : Math.max(2000, Math.min(year, 2100));
        var visible = me.role() == Role.REPORTER ? me.account().sections() : null;
        model.addAttribute("board", boards.board(shown, visible, page, pageSize));
        return "console/board";
    }

}
