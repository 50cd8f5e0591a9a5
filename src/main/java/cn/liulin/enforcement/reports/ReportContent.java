package cn.liulin.enforcement.reports;

import java.util.List;
import java.util.Map;

/**
 * One report ready to deliver: where it goes, the figures that decide whether it changed,
 * and how to render a given version of it.
 */
public interface ReportContent {

    ReportDelivery.Target target();

    /**
     * The figures by label; a new version is written only when they differ from the last
     * one delivered.
     */
    Map<String, String> figures();

    ReportRenderer.Filled render(ReportDelivery.Version version);

    /**
     * How one changed figure reads in the change note; a report with packed figures
     * spells them out.
     */
    default List<String> describeChange(String label, String before, String after) {
        return List.of(label + "：" + before + " → " + after);
    }

    /** The change note under a report, or nothing for a first version. */
    static String changesText(ReportDelivery.Version version) {
        return version.changes().isEmpty() ? ""
                : "本版与第 " + (version.number() - 1) + " 版相比的变更：\n" + String.join("\n", listedChanges(version.changes()));
    }

    /**
     * A version's changes as a report or a run summary shows them; manifest.json keeps
     * them all.
     */
    static List<String> listedChanges(List<String> changes) {
        return listed(changes, "……另有 %d 处变更，全部列在共享文件夹的 manifest.json 中");
    }

    /**
     * Items listed under a report's table; a province's thousands stay readable (and
     * within an Excel cell).
     */
    int LISTED_ITEMS = 100;

    /**
     * The first {@value #LISTED_ITEMS} items, then one item saying how many more (a
     * format with %d) and where.
     */
    static List<String> listed(List<String> items, String more) {
        if (items.size() <= LISTED_ITEMS) {
            return items;
        }
        List<String> shown = new java.util.ArrayList<>(items.subList(0, LISTED_ITEMS));
        shown.add(more.formatted(items.size() - LISTED_ITEMS));
        return shown;
    }

}
