package cn.liulin.enforcement.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Every kind of input file the application has, found as the {@link KindIntake} beans of
 * the kinds' packages, by the name the database stores.
 */
@Component
class Kinds {

    private final Map<String, KindIntake<?>> byName = new LinkedHashMap<>();

    Kinds(List<KindIntake<?>> all) {
        all.forEach(intake -> byName.put(intake.kind().name(), intake));
    }

    /** The intake of a kind by its stored name. */
    Optional<KindIntake<?>> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** A stored kind by name; a kind no longer known keeps its name as its label. */
    FileKind kind(String name) {
        return name == null ? null : named(name).map(KindIntake::kind).orElseGet(() -> FileKind.unknown(name));
    }

}
