package cn.liulin.enforcement.console;

import cn.liulin.enforcement.accounts.Accounts;
import cn.liulin.enforcement.accounts.Role;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may open what (spec §8): every page but the login needs an account, and each page
 * its role; CSRF on every form (htmx sends the token as a header); a strict
 * Content-Security-Policy with no inline script, so that an injected tag runs nothing.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ConsoleSecurity {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final String ADMIN = Role.ADMIN.name();

    private static final String REPORTER = Role.REPORTER.name();

    @Bean
    SecurityFilterChain console(HttpSecurity http, AuditLog audit, Accounts accounts) throws Exception {
        http.authorizeHttpRequests(requests -> requests
            .requestMatchers("/login", "/console/**", "/webjars/**", "/favicon.ico", "/error", "/actuator/health")
            .permitAll()
            .requestMatchers("/upload", "/upload/**")
            .hasAnyRole(ADMIN, REPORTER)
            .requestMatchers("/jobs", "/jobs/**", "/audit", "/audit/**")
            .hasRole(ADMIN)
            .requestMatchers("/board", "/board/**", "/reports", "/reports/**", "/", "/logout")
            .authenticated()
            .anyRequest()
            .denyAll());
        var toPageAsked = new SavedRequestAwareAuthenticationSuccessHandler();
        toPageAsked.setDefaultTargetUrl("/board");
        http.formLogin(login -> login.loginPage("/login").successHandler((request, response, authentication) -> {
            audit.record(authentication.getName(), AuditLog.Action.LOGIN, "控制台", "成功");
            toPageAsked.onAuthenticationSuccess(request, response, authentication);
        }).failureHandler((request, response, exception) -> {
            String name = request.getParameter("username") == null ? "" : request.getParameter("username");
            String why = exception instanceof LockedException ? "locked"
                    : exception instanceof DisabledException ? "disabled" : "bad";
            audit.record(name.isBlank() ? "（未填）" : name, AuditLog.Action.LOGIN_FAILED, "控制台", why);
            response.sendRedirect(request.getContextPath() + "/login?error=" + why);
        }));
        http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"));
        http.addFilterBefore(new StillEnabled(accounts), AuthorizationFilter.class);
        // An htmx request whose session has ended (the 作业 page's refresh, say) is told to
        // load the login page whole, rather than having the login form swapped into a
        // table.
        var toLogin = new LoginUrlAuthenticationEntryPoint("/login");
        http.exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, denied) -> {
            if (request.getHeader("HX-Request") == null) {
                toLogin.commence(request, response, denied);
                return;
            }
            response.setHeader("HX-Redirect", request.getContextPath() + "/login");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        }).accessDeniedHandler((request, response, denied) -> response.sendError(HttpServletResponse.SC_FORBIDDEN)));
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(POLICY))
            .frameOptions(frame -> frame.deny())
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

}
