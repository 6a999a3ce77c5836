package org.sicredit.spring.sample;

import org.sicredit.application.access.Caller;
import org.sicredit.application.port.in.LookUpSubjectUseCase;
import org.sicredit.domain.rejection.Rejection;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * The service's one controller: a provider's clerk posts a submission, an officer looks a subject up. A real service
 * takes the caller from its security context; here the names are fixed.
 */
@RestController
public class IntakeController {

    private final IntakeService intake;
    private final LookUpSubjectUseCase lookUp;
    private final Clock clock;

    public IntakeController(IntakeService intake, LookUpSubjectUseCase lookUp, Clock clock) {
        this.intake = intake;
        this.lookUp = lookUp;
        this.clock = clock;
    }

    @PostMapping("/submissions")
    public ResponseEntity<Map<String, Object>> collect(@RequestBody SubmissionRequest request) {
        return intake.receive(request, "clerk-001").fold(IntakeController::refused, result -> ResponseEntity.ok(Map.of(
                "added", result.added().size(), "unchanged", result.unchanged().size(),
                "corrected", result.corrected().size(), "rejectedRows", result.rejected().map(row -> Map.of(
                        "row", row.number(), "codes", row.rejections().map(Rejection::code).asJava())).asJava())));
    }

    @GetMapping("/subjects/{identifier}")
    public ResponseEntity<Map<String, Object>> lookUp(@PathVariable("identifier") String identifier,
                                                      @RequestParam("purpose") String purpose) {
        return lookUp.lookUp(new LookUpSubjectUseCase.Query(Caller.officer("officer-001"), identifier,
                        LocalDate.now(clock), purpose))
                .fold(IntakeController::refused, profile -> ResponseEntity.ok(Map.of(
                        "severity", profile.severity().name(), "activeRecords", profile.activeRecords().size(),
                        "measures", profile.measures().size())));
    }

    private static ResponseEntity<Map<String, Object>> refused(Rejection rejection) {
        return ResponseEntity.unprocessableContent().body(Map.of("code", rejection.code(), "field", rejection.field(),
                "message", rejection.messageZh() + " / " + rejection.messageEn()));
    }
}
