package cn.liulin.enforcement.accounts;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import cn.liulin.enforcement.sections.SectionDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The console's accounts in PostgreSQL: passwords as BCrypt hashes, a REPORTER's
 * sections, and the failures that slow a login down. Every mistake a person can make here
 * is an {@link IllegalArgumentException} saying in Chinese what to do instead.
 */
@Component
public class Accounts {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{1,63}");

    static final int SHORTEST_PASSWORD = 8;

    private final JdbcClient jdbc;

    private final SectionDirectory sections;

    private final PasswordEncoder passwords;

    Accounts(JdbcClient jdbc, SectionDirectory sections, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.sections = sections;
        this.passwords = passwords;
    }

    @Transactional
    public Account add(String username, Role role, Collection<String> sectionCodes, String password) {
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("用户名“" + username + "”不合适：请用 2 至 64 个英文字母、数字、点、横线或下划线，以字母或数字开头");
        }
        if (find(username).isPresent()) {
            throw new IllegalArgumentException("已有用户 " + username + "：改密码请用 user password " + username);
        }
        Set<String> codes = sectionsFor(role, sectionCodes);
        jdbc.sql("insert into console_account (username, password_hash, role) values (:name, :hash, :role)")
            .param("name", username)
            .param("hash", passwords.encode(checked(password)))
            .param("role", role.name())
            .update();
        for (String code : codes) {
            jdbc.sql("insert into console_account_section (username, section_code) values (:name, :code)")
                .param("name", username)
                .param("code", code)
                .update();
        }
        return find(username).orElseThrow();
    }

    public void disable(String username) {
        if (jdbc.sql("update console_account set enabled = false where username = :name")
            .param("name", username)
            .update() == 0) {
            throw unknown(username);
        }
    }

    /** A new password also lifts a wait after failures: the clerk has been helped. */
    public void changePassword(String username, String password) {
        if (jdbc.sql("""
                update console_account set password_hash = :hash, failed_logins = 0, locked_until = null
                where username = :name
                """).param("name", username).param("hash", passwords.encode(checked(password))).update() == 0) {
            throw unknown(username);
        }
    }

    public List<Account> list() {
        return jdbc.sql(SELECT + " order by a.role, a.username").query(Accounts::map).list();
    }

    public Optional<Account> find(String username) {
        return jdbc.sql(SELECT + " where a.username = :name").param("name", username).query(Accounts::map).optional();
    }

    /** The stored hash, for the login only. */
    Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from console_account where username = :name")
            .param("name", username)
            .query(String.class)
            .optional();
    }

    /** A failed login of a known account: counted, and past a few, the next one waits. */
    void recordFailure(String username, LoginDelay delay, Instant now) {
        jdbc.sql(
                "update console_account set failed_logins = failed_logins + 1 where username = :name returning failed_logins")
            .param("name", username)
            .query(Integer.class)
            .optional()
            .ifPresent(failures -> jdbc.sql("update console_account set locked_until = :until where username = :name")
                .param("name", username)
                .param("until", Optional.ofNullable(delay.lockedUntil(failures, now)).map(Timestamp::from).orElse(null))
                .update());
    }

    void recordSuccess(String username) {
        jdbc.sql("update console_account set failed_logins = 0, locked_until = null where username = :name")
            .param("name", username)
            .update();
    }

    private Set<String> sectionsFor(Role role, Collection<String> given) {
        if (role != Role.REPORTER) {
            if (!given.isEmpty()) {
                throw new IllegalArgumentException("只有 REPORTER（股室报送员）绑定股室：" + role + " 不要写 --section");
            }
            return Set.of();
        }
        if (given.isEmpty()) {
            throw new IllegalArgumentException("REPORTER 须绑定至少一个股室：请写 --section 股室代码（见 config/sections.yml）");
        }
        Set<String> codes = new TreeSet<>();
        for (String code : given) {
            codes.add(sections.find(code)
                .orElseThrow(() -> new IllegalArgumentException("股室名单中没有“" + code + "”：请写 config/sections.yml 中的股室代码"))
                .code());
        }
        return codes;
    }

    private static String checked(String password) {
        if (password == null || password.length() < SHORTEST_PASSWORD) {
            throw new IllegalArgumentException("密码太短：至少 " + SHORTEST_PASSWORD + " 个字符");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
            throw new IllegalArgumentException("密码太长：BCrypt 只用前 72 个字节，请用 72 个字符以内的密码");
        }
        return password;
    }

    private static IllegalArgumentException unknown(String username) {
        return new IllegalArgumentException("没有用户 " + username + "：user list 列出全部用户");
    }

    private static final String SELECT = """
            select a.username, a.role, a.enabled, a.failed_logins, a.locked_until,
                   array(select s.section_code from console_account_section s
                         where s.username = a.username order by s.section_code) as sections
            from console_account a
            """;

    private static Account map(ResultSet rs, int n) throws SQLException {
        Array codes = rs.getArray("sections");
        Timestamp locked = rs.getTimestamp("locked_until");
        return new Account(rs.getString("username"), Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
                Set.of((String[]) codes.getArray()), rs.getInt("failed_logins"),
                locked == null ? null : locked.toInstant());
    }

}
