package nl.wijkdeal.register;

import nl.wijkdeal.area.Area;

/**
 * One import while it runs (a progress bar, refreshed by a small script or by the button) and
 * when it is done (its report).
 *
 * @param stalled the import stopped reporting progress: its instance went down; nothing was changed
 */
record ImportProgressPage(long roundId, String roundName, long importId, boolean running, boolean done, boolean failed,
                          boolean stalled, int rowsRead, int rowsTotal, int percent, ImportReportView report) {

    static ImportProgressPage of(nl.wijkdeal.round.Round round, Area area, RegisterStore.ImportRow row, boolean stalled) {
        int percent = row.rowsTotal() == 0 ? 0 : Math.min(100, row.rowsRead() * 100 / row.rowsTotal());
        boolean running = row.state() == RegisterStore.ImportState.RUNNING && !stalled;
        return new ImportProgressPage(round.id(), round.text().name(), row.id(), running,
                row.state() == RegisterStore.ImportState.DONE, row.state() == RegisterStore.ImportState.FAILED || stalled,
                stalled, row.rowsRead(), row.rowsTotal(), percent,
                row.report() == null ? null : ImportReportView.of(row.report(), area));
    }
}
