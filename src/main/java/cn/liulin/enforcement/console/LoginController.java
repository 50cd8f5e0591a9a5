package cn.liulin.enforcement.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login form, and the console's front door. */
@Controller
@ConditionalOnWebApplication
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
            Model model) {
        model.addAttribute("message", error == null ? (logout == null ? null : "已退出登录。") : switch (error) {
            case "locked" -> "登录失败次数过多，此账号暂时不能登录：请稍后再试，或请执法股用 user password 重设密码。";
            case "disabled" -> "此账号已停用：请联系执法股。";
            default -> "用户名或密码不对，请再试一次。";
        });
        model.addAttribute("failed", error != null);
        return "console/login";
    }

    @GetMapping("/")
    String home() {
        return "redirect:/board";
    }

}
