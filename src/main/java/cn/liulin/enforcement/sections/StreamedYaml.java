package cn.liulin.enforcement.sections;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ObjIntConsumer;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A YAML document read as a stream of events, so that one long list (a province's 300,000
 * sections) is handed over item by item instead of being held whole as SnakeYAML's node
 * tree, which alone outgrows a 256 MB heap. Scalars become what SnakeYAML's safe loader
 * would make of them for this file: booleans ({@code true}, {@code yes}, {@code on} ...)
 * and text.
 */
final class StreamedYaml {

    private static final Set<String> TRUE = Set.of("true", "yes", "on", "y");

    private final Iterator<Event> events;

    private final Resolver resolver = new Resolver();

    StreamedYaml(Reader reader) {
        LoaderOptions options = new LoaderOptions();
        // A province's list of 300,000 sections is larger than SnakeYAML's default limit
        // of 3 MB.
        options.setCodePointLimit(256 * 1024 * 1024);
        this.events = new Yaml(options).parse(reader).iterator();
    }

    /**
     * The top mapping, every value built in memory except the sequence under
     * {@code streamedKey}, whose items go to {@code items} one at a time (numbered from
     * 1); null when the document is no mapping.
     */
    Map<String, Object> read(String streamedKey, ObjIntConsumer<Object> items) {
        Event event = next();
        while (event.is(Event.ID.StreamStart) || event.is(Event.ID.DocumentStart)) {
            event = next();
        }
        if (!event.is(Event.ID.MappingStart)) {
            return null;
        }
        Map<String, Object> top = new LinkedHashMap<>();
        for (Event key = next(); !key.is(Event.ID.MappingEnd); key = next()) {
            String name = String.valueOf(value(key));
            Event first = next();
            if (name.equals(streamedKey) && first.is(Event.ID.SequenceStart)) {
                int index = 0;
                for (Event item = next(); !item.is(Event.ID.SequenceEnd); item = next()) {
                    items.accept(value(item), ++index);
                }
                top.put(name, index);
            }
            else {
                top.put(name, value(first));
            }
        }
        return top;
    }

    private Object value(Event first) {
        if (first instanceof ScalarEvent scalar) {
            return scalar(scalar);
        }
        if (first.is(Event.ID.MappingStart)) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Event key = next(); !key.is(Event.ID.MappingEnd); key = next()) {
                map.put(String.valueOf(value(key)), value(next()));
            }
            return map;
        }
        if (first.is(Event.ID.SequenceStart)) {
            List<Object> list = new ArrayList<>();
            for (Event item = next(); !item.is(Event.ID.SequenceEnd); item = next()) {
                list.add(value(item));
            }
            return list;
        }
        throw new IllegalArgumentException("不支持的 YAML 写法（" + first.getEventId() + "），请不要使用锚点和别名");
    }

    private Object scalar(ScalarEvent scalar) {
        String text = scalar.getValue();
        if (!scalar.getImplicit().canOmitTagInPlainScalar()) {
            return text;
        }
        Tag tag = resolver.resolve(NodeId.scalar, text, true);
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        return Tag.BOOL.equals(tag) ? (Object) TRUE.contains(text.toLowerCase(Locale.ROOT)) : text;
    }

    private Event next() {
        return events.next();
    }

}
