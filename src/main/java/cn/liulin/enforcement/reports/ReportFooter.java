package cn.liulin.enforcement.reports;

import cn.liulin.enforcement.ReportingProperties;

/** The footer line every report prints: the bureau, who filled in the form and how to reach them. */
public final class ReportFooter {

    private ReportFooter() {
    }

    public static String of(String bureau, ReportingProperties.Contact contact) {
        return bureau + "　填表人：" + contact.preparedBy() + "　联系方式：" + (contact.phone().isBlank() ? "—" : contact.phone());
    }
}
