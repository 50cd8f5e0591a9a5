package cn.liulin.enforcement.inspections;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The certified inspectors of {@code reporting.inspections.roster}: a name a line; none
 * when unset.
 */
@Component
class Roster {

    private final List<String> names;

    private final boolean configured;

    Roster(InspectionSettings settings) {
        this.configured = settings.roster() != null;
        if (!configured) {
            this.names = List.of();
            return;
        }
        try {
            this.names = Files.readAllLines(settings.roster(), StandardCharsets.UTF_8)
                .stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException("无法读取持证执法人员名单 " + settings.roster() + "：" + e.getMessage(), e);
        }
    }

    boolean configured() {
        return configured;
    }

    List<String> names() {
        return names;
    }

}
