package org.sicredit.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The hexagon's boundaries (DESIGN.md, "Modules") as ArchUnit rules over a root package. Production runs them
 * on {@code org.sicredit}; the proofs run the very same rules on small fixture trees that break them on purpose,
 * so no rule can silently check nothing.
 */
final class HexagonalArchitecture {

    static final String ROOT = "org.sicredit";
    private static final String PACKAGE_INFO = "package-info";

    private HexagonalArchitecture() {
    }

    static ArchRule domainUsesOnlyJavaVavrAndItself(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..", root + ".domain..")
                .as("the domain uses only Java, vavr and itself")
                .because("the law is pure Java; frameworks and adapters stay outside (DESIGN.md)");
    }

    static ArchRule applicationUsesOnlyTheDomainValidationAndItself(String root) {
        return classes().that().resideInAPackage(root + ".application..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "io.vavr..", "jakarta.validation..", root + ".domain..", root + ".application..")
                .as("the application uses only the domain, jakarta.validation and itself")
                .because("use cases and ports know no adapter and no framework (DESIGN.md)");
    }

    static ArchRule adaptersDoNotDependOnEachOther(String root) {
        return slices().matching(root + ".adapters.(*)..").namingSlices("adapter $1")
                .should().notDependOnEachOther()
                .as("no adapter depends on another adapter")
                .because("adapters are pluggable: each one can be replaced without touching the others");
    }

    static ArchRule adaptersDoNotDependOnTheApp(String root) {
        return noClasses().that().resideInAPackage(root + ".adapters..")
                .should().dependOnClassesThat().resideInAPackage(root + ".app..")
                .as("no adapter depends on app")
                .because("app is the composition root: it wires adapters, never the other way round");
    }

    static ArchRule onlyTheAppDependsOnMoreThanOneAdapter(String root) {
        return classes().that().resideOutsideOfPackages(root + ".app..", root + ".benchmarks..")
                .and().resideInAPackage(root + "..")
                .should(dependOnAtMostOneAdapter(root))
                .as("nothing but app depends on more than one adapter")
                .because("only the composition root wires adapters together (benchmarks and tests measure them)");
    }

    static ArchRule packagesAreFreeOfCycles(String root) {
        return slices().matching(root + ".(**)").namingSlices("package $1")
                .should().beFreeOfCycles()
                .as("no package cycles")
                .because("a cycle makes two packages one, and neither can change alone");
    }

    static ArchRule useCasesAreInterfacesInPortIn(String root) {
        return classes().that().resideInAPackage(root + "..")
                .should(beInterfacesInPackageWhenNamed("UseCase", ".application.port.in", root))
                .as("XxxUseCase interfaces live in application.port.in");
    }

    static ArchRule portsAreInterfacesInPortOut(String root) {
        return classes().that().resideInAPackage(root + "..")
                .should(beInterfacesInPackageWhenNamed("Port", ".application.port.out", root))
                .as("XxxPort interfaces live in application.port.out");
    }

    static ArchRule portInHoldsOnlyUseCases(String root) {
        return classes().that().resideInAPackage(root + ".application.port.in").and().areTopLevelClasses()
                .should(beNamedWithSuffixOrBePackageInfo("UseCase"))
                .as("application.port.in holds only XxxUseCase interfaces");
    }

    static ArchRule portOutHoldsOnlyPorts(String root) {
        return classes().that().resideInAPackage(root + ".application.port.out").and().areTopLevelClasses()
                .should(beNamedWithSuffixOrBePackageInfo("Port"))
                .as("application.port.out holds only XxxPort interfaces");
    }

    static ArchRule servicesArePackagePrivateInApplicationService(String root) {
        return classes().that().resideInAPackage(root + "..")
                .should(bePackagePrivateInPackageWhenNamed("Service", ".application.service", root))
                .as("XxxService classes are package-private in application.service")
                .because("embedders reach services only through use-case interfaces and the Sicredit builder");
    }

    private static ArchCondition<JavaClass> dependOnAtMostOneAdapter(String root) {
        Pattern adapter = Pattern.compile(Pattern.quote(root + ".adapters.") + "([^.]+).*");
        return new ArchCondition<>("depend on at most one adapter") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                SortedSet<String> adapters = new TreeSet<>();
                for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                    Matcher matcher = adapter.matcher(dependency.getTargetClass().getPackageName());
                    if (matcher.matches()) {
                        adapters.add(matcher.group(1));
                    }
                }
                boolean satisfied = adapters.size() <= 1;
                events.add(new SimpleConditionEvent(javaClass, satisfied,
                        javaClass.getName() + " depends on the adapters " + adapters));
            }
        };
    }

    private static ArchCondition<JavaClass> beInterfacesInPackageWhenNamed(
            String suffix, String relativePackage, String root) {
        String home = root + relativePackage;
        return new ArchCondition<>("be interfaces in " + home + " when named Xxx" + suffix) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                if (!javaClass.getSimpleName().endsWith(suffix) || !javaClass.isTopLevelClass()) {
                    return;
                }
                boolean atHome = javaClass.getPackageName().equals(home);
                boolean satisfied = atHome && javaClass.isInterface();
                events.add(new SimpleConditionEvent(javaClass, satisfied, javaClass.getName()
                        + (atHome ? "" : " is not in " + home)
                        + (javaClass.isInterface() ? "" : " is not an interface")));
            }
        };
    }

    private static ArchCondition<JavaClass> bePackagePrivateInPackageWhenNamed(
            String suffix, String relativePackage, String root) {
        String home = root + relativePackage;
        return new ArchCondition<>("be package-private classes in " + home + " when named Xxx" + suffix) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                if (!javaClass.getSimpleName().endsWith(suffix) || !javaClass.isTopLevelClass()) {
                    return;
                }
                boolean atHome = javaClass.getPackageName().equals(home);
                boolean packagePrivate = !javaClass.getModifiers().contains(JavaModifier.PUBLIC);
                events.add(new SimpleConditionEvent(javaClass, atHome && packagePrivate, javaClass.getName()
                        + (atHome ? "" : " is not in " + home)
                        + (packagePrivate ? "" : " is public")));
            }
        };
    }

    private static ArchCondition<JavaClass> beNamedWithSuffixOrBePackageInfo(String suffix) {
        DescribedPredicate<JavaClass> named = DescribedPredicate.describe("named Xxx" + suffix,
                javaClass -> javaClass.getSimpleName().endsWith(suffix) && javaClass.isInterface());
        return new ArchCondition<>("be interfaces named Xxx" + suffix) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                if (javaClass.getSimpleName().equals(PACKAGE_INFO)) {
                    return;
                }
                events.add(new SimpleConditionEvent(javaClass, named.test(javaClass),
                        javaClass.getName() + " is not an interface named Xxx" + suffix));
            }
        };
    }
}
