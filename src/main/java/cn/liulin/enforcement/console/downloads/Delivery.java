package cn.liulin.enforcement.console.downloads;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.liulin.enforcement.core.BureauZone;
import cn.liulin.enforcement.delivery.DeliveredFiles.DeliveredFile;

/**
 * One version of one report as a clerk thinks of it: its PDF and its Excel together, with
 * when it came and what changed since the version before.
 */
record Delivery(String name, String writtenAt, List<String> changes, List<DeliveredFile> files) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The files of a folder, newest first, grouped by their name without extension. */
    static List<Delivery> of(List<DeliveredFile> files) {
        Map<String, List<DeliveredFile>> byName = new LinkedHashMap<>();
        for (DeliveredFile file : files) {
            int dot = file.file().lastIndexOf('.');
            byName.computeIfAbsent(dot > 0 ? file.file().substring(0, dot) : file.file(), name -> new ArrayList<>())
                .add(file);
        }
        List<Delivery> deliveries = new ArrayList<>();
        byName.forEach((name, group) -> {
            group.sort(java.util.Comparator.comparing(DeliveredFile::file));
            DeliveredFile first = group.get(0);
            deliveries.add(new Delivery(name, shown(first.writtenAt()), first.changes(), List.copyOf(group)));
        });
        return deliveries;
    }

    private static String shown(String writtenAt) {
        try {
            return SHOWN.format(OffsetDateTime.parse(writtenAt).atZoneSameInstant(BureauZone.ZONE));
        }
        catch (RuntimeException e) {
            return writtenAt;
        }
    }

}
