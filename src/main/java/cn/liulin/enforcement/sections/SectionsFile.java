package cn.liulin.enforcement.sections;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads config/sections.yml (spec §6) and checks it whole: unique codes, and no name or
 * alias that could mean two sections. A mistake stops the job at start with the entry and
 * field named.
 */
public final class SectionsFile {

    /** The active-from of a section that names none. */
    static final YearMonth ALWAYS = YearMonth.of(2000, 1);

    private SectionsFile() {
    }

    public record Contents(String bureau, List<Section> sections) {
    }

    public static Contents read(InputStream in, String source) {
        List<Section> sections = new ArrayList<>();
        Map<String, String> owners = new HashMap<>();
        Map<String, Object> map;
        try (Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            // Each section is checked as it is read: a province's list is never held
            // whole.
            map = new StreamedYaml(reader).read("sections", (entry, index) -> {
                Section section = section(entry, index, source);
                for (String key : keysOf(section)) {
                    String previous = owners.putIfAbsent(SectionNames.normalize(key), section.code());
                    if (previous != null) {
                        throw new SectionsFileException(
                                source + " 第 " + index + " 个股室：名称或代码“" + key + "”与股室 " + previous + " 重复，报送文件将无法区分");
                    }
                }
                sections.add(section);
            });
        }
        catch (SectionsFileException e) {
            throw e;
        }
        catch (IOException | RuntimeException e) {
            throw new SectionsFileException(source + " 不是有效的 YAML：" + e.getMessage());
        }
        if (map == null) {
            throw new SectionsFileException(source + " 应包含 bureau 和 sections 两项");
        }
        String bureau = text(map.get("bureau"));
        if (bureau == null || bureau.isBlank()) {
            throw new SectionsFileException(source + " 缺少 bureau（单位名称，用于报表标题和文件名）");
        }
        if (sections.isEmpty()) {
            throw new SectionsFileException(source + " 缺少 sections 列表");
        }
        return new Contents(bureau.strip(), List.copyOf(sections));
    }

    private static List<String> keysOf(Section section) {
        List<String> keys = new ArrayList<>(section.aliases());
        keys.add(section.code());
        if (!SectionNames.normalize(section.name()).equals(SectionNames.normalize(section.code()))) {
            keys.add(section.name());
        }
        return keys;
    }

    private static Section section(Object entry, int index, String source) {
        String where = source + " 第 " + index + " 个股室";
        if (!(entry instanceof Map<?, ?> map)) {
            throw new SectionsFileException(where + " 格式不对，应为 code/name/aliases/reports/active-from");
        }
        String code = required(map, "code", where);
        if (!code.matches("[A-Za-z0-9_-]{1,32}")) {
            throw new SectionsFileException(where + " 的 code “" + code + "” 只能用字母、数字、- 和 _，最长 32 位");
        }
        String name = required(map, "name", where);
        List<String> aliases = new ArrayList<>();
        if (map.get("aliases") instanceof List<?> list) {
            list.forEach(alias -> aliases.add(text(alias).strip()));
        }
        else if (map.get("aliases") != null) {
            aliases.add(text(map.get("aliases")).strip());
        }
        Object reports = map.get("reports");
        if (reports != null && !(reports instanceof Boolean)) {
            throw new SectionsFileException(where + " 的 reports 应为 true 或 false");
        }
        // Without active-from a section has always been there: it reports from the first
        // month of data on.
        String fromText = text(map.get("active-from"));
        YearMonth from = fromText == null || fromText.isBlank() ? ALWAYS : month(fromText, where + " 的 active-from");
        String toText = text(map.get("active-to"));
        YearMonth to = toText == null || toText.isBlank() ? null : month(toText, where + " 的 active-to");
        if (to != null && to.isBefore(from)) {
            throw new SectionsFileException(where + " 的 active-to 早于 active-from");
        }
        return new Section(code.strip(), name.strip(), aliases, reports == null || (Boolean) reports, from, to, null,
                index);
    }

    private static String required(Map<?, ?> map, String key, String where) {
        String value = text(map.get(key));
        if (value == null || value.isBlank()) {
            throw new SectionsFileException(where + " 缺少 " + key);
        }
        return value.strip();
    }

    private static YearMonth month(String text, String where) {
        try {
            return YearMonth.parse(text.strip());
        }
        catch (DateTimeException e) {
            throw new SectionsFileException(where + " 应写作 YYYY-MM（例如 2023-01），而不是 " + text);
        }
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

}
