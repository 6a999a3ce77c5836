package org.sicredit.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;

import java.util.List;

/** Runs a production rule on a fixture tree that breaks it on purpose, and reports what the rule saw. */
final class Proof {

    private static final String FIXTURES = "org.sicredit.architecture.fixtures.";

    private Proof() {
    }

    static String root(String fixture) {
        return FIXTURES + fixture;
    }

    static JavaClasses classesOf(String fixture) {
        return new ClassFileImporter().importPackages(root(fixture));
    }

    /** Each violation ArchUnit reports, its line breaks and indentation folded into single spaces. */
    static List<String> violations(ArchRule rule, String fixture) {
        return rule.evaluate(classesOf(fixture)).getFailureReport().getDetails().stream()
                .map(detail -> detail.replaceAll("\\s+", " ").strip())
                .toList();
    }
}
