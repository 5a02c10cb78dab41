package nl.wijkdeal.register;

import nl.wijkdeal.area.Area;

import java.util.List;

/** An import's report as the page shows it: wijk names, reasons as message keys. */
record ImportReportView(List<Count> eligible, int totalEligible, int added, int removed, List<Count> rejected,
                        int totalRejected, List<ImportReport.Rejection> examples, boolean moreExamples, String problem) {

    /** @param label a wijk name, or a reason's message key */
    record Count(String label, int count) {
    }

    static ImportReportView of(ImportReport report, Area area) {
        return new ImportReportView(
                report.eligible().entrySet().stream().map(e -> new Count(area.nameOf(e.getKey()), e.getValue())).toList(),
                report.totalEligible(), report.added(), report.removed(),
                report.rejected().entrySet().stream().map(e -> new Count("register.reason." + e.getKey(), e.getValue())).toList(),
                report.totalRejected(), report.examples(), report.totalRejected() > report.examples().size(), report.problem());
    }
}
