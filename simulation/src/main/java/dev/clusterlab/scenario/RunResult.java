package dev.clusterlab.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A finished run: the contract's report (a Jackson tree) and whether every expectation held. */
public record RunResult(ObjectNode report, boolean allExpectationsHeld) {

    /** The report as the file --report writes: pretty-printed JSON ending with a newline. */
    public String reportText() {
        return ReportBuilder.toText(report);
    }
}
