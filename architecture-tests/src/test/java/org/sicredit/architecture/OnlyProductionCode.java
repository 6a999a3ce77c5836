package org.sicredit.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Imports the modules' main classes only: no test classes, no test-jars (in-memory fixtures) and none of the
 * fixture trees that break the rules on purpose.
 */
public final class OnlyProductionCode implements ImportOption {

    private static final ImportOption NO_TESTS = new ImportOption.DoNotIncludeTests();

    @Override
    public boolean includes(Location location) {
        return NO_TESTS.includes(location) && !location.contains("-tests.jar");
    }
}
