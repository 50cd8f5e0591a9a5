package cn.liulin.enforcement.reports;

import java.util.List;
import java.util.Map;

/**
 * One report ready to deliver: where it goes, the figures that decide whether it changed, and how to
 * render a given version of it.
 */
public interface ReportContent {

    ReportDelivery.Target target();

    /** The figures by label; a new version is written only when they differ from the last one delivered. */
    Map<String, String> figures();

    ReportRenderer.Filled render(ReportDelivery.Version version);

    /** How one changed figure reads in the change note; a report with packed figures spells them out. */
    default List<String> describeChange(String label, String before, String after) {
        return List.of(label + "：" + before + " → " + after);
    }

    /** The change note under a report, or nothing for a first version. */
    static String changesText(ReportDelivery.Version version) {
        return version.changes().isEmpty() ? ""
                : "本版与第 " + (version.number() - 1) + " 版相比的变更：\n" + String.join("\n", version.changes());
    }
}
