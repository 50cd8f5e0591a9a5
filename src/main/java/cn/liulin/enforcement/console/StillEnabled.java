package cn.liulin.enforcement.console;

import java.io.IOException;

import cn.liulin.enforcement.accounts.Account;
import cn.liulin.enforcement.accounts.Accounts;
import cn.liulin.enforcement.accounts.SignedInAccount;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An account disabled with {@code user disable} is out at its next request, not when its
 * session would have expired: a clerk who has left the section keeps no open door.
 */
class StillEnabled extends OncePerRequestFilter {

    private final Accounts accounts;

    StillEnabled(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof SignedInAccount account
                && !accounts.find(account.getUsername()).map(Account::enabled).orElse(false)) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login?error=disabled");
            return;
        }
        chain.doFilter(request, response);
    }

}
