package cn.liulin.enforcement.intake;

import java.util.List;

/**
 * A column a kind of file has: its name as the contract writes it, and other names people
 * use for it.
 */
public record ColumnSpec(String name, boolean required, List<String> aliases) {

    public static ColumnSpec required(String name, String... aliases) {
        return new ColumnSpec(name, true, List.of(aliases));
    }

    public static ColumnSpec optional(String name, String... aliases) {
        return new ColumnSpec(name, false, List.of(aliases));
    }

    boolean matches(String normalizedHeader) {
        return HeaderNames.normalize(name).equals(normalizedHeader)
                || aliases.stream().anyMatch(alias -> HeaderNames.normalize(alias).equals(normalizedHeader));
    }
}
