package org.sicredit.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Shows why sicredit refused to start — the property, the reason in Chinese and English, what to do — not a trace. */
final class SicreditFailureAnalyzer extends AbstractFailureAnalyzer<SicreditStartupException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SicreditStartupException cause) {
        return new FailureAnalysis("sicredit cannot start.\n\n    Property: " + cause.property() + "\n    原因: "
                + cause.reasonZh() + "\n    Reason: " + cause.reasonEn(), cause.action(), cause);
    }
}
