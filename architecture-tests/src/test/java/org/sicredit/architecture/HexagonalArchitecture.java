package org.sicredit.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
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
    /** Where each rule is explained to a person. */
    private static final String README = "README.md, 'The hexagon's rules'";

    private HexagonalArchitecture() {
    }

    static ArchRule domainUsesOnlyJavaVavrAndItself(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..", root + ".domain..")
                .as("the domain uses only Java, vavr and itself")
                .because(README + ": the law is pure Java and vavr; frameworks and adapters stay outside");
    }

    static ArchRule applicationUsesOnlyTheDomainValidationAndItself(String root) {
        return classes().that().resideInAPackage(root + ".application..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "io.vavr..", "jakarta.validation..", root + ".domain..", root + ".application..")
                .as("the application uses only the domain, jakarta.validation and itself")
                .because(README + ": use cases and ports know no adapter and no framework");
    }

    static ArchRule adaptersDoNotDependOnEachOther(String root) {
        return slices().matching(root + ".adapters.(*)..").namingSlices("adapter $1")
                .should().notDependOnEachOther()
                .as("no adapter depends on another adapter")
                .because(README + ": adapters are pluggable; each is replaced without touching the others");
    }

    static ArchRule adaptersDoNotDependOnTheApp(String root) {
        return noClasses().that().resideInAPackage(root + ".adapters..")
                .should().dependOnClassesThat().resideInAPackage(root + ".app..")
                .as("no adapter depends on app")
                .because(README + ": app is the composition root; it wires adapters, never the other way round");
    }

    /**
     * Spring stays in the starter: no class outside {@code <root>.spring} depends on {@code framework} (Spring's
     * packages in production) nor on the starter itself, so the core, the adapters and the program never carry
     * Spring — the build's enforcer keeps it off their classpaths too.
     */
    static ArchRule nothingOutsideTheStarterUsesSpring(String root, String framework) {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + ".spring..")
                .should().dependOnClassesThat().resideInAnyPackage(framework, root + ".spring..")
                .as("nothing outside the starter uses Spring or the starter")
                .because(README + ": the Spring Boot starter is one more composition root beside app; the library "
                        + "itself knows no framework, and nothing depends on the starter");
    }

    static ArchRule onlyTheAppDependsOnMoreThanOneAdapter(String root) {
        return classes().that().resideOutsideOfPackages(root + ".app..", root + ".benchmarks..")
                .and().resideInAPackage(root + "..")
                .should(dependOnAtMostOneAdapter(root))
                .as("nothing but app depends on more than one adapter")
                .because(README + ": only the composition root wires adapters together (benchmarks and tests measure them)");
    }

    static ArchRule packagesAreFreeOfCycles(String root) {
        return slices().matching(root + ".(**)").namingSlices("package $1")
                .should().beFreeOfCycles()
                .as("no package cycles")
                .because(README + ": a cycle makes two packages one, and neither can change alone");
    }

    static ArchRule useCasesAreInterfacesInPortIn(String root) {
        return classes().that().resideInAPackage(root + "..").and().areTopLevelClasses()
                .and().haveSimpleNameEndingWith("UseCase")
                .should().resideInAPackage(root + ".application.port.in").andShould().beInterfaces()
                .because(README + ": a use case is what a driving adapter may call, and it says so by its place");
    }

    static ArchRule portsAreInterfacesInPortOut(String root) {
        return classes().that().resideInAPackage(root + "..").and().areTopLevelClasses()
                .and().haveSimpleNameEndingWith("Port")
                .should().resideInAPackage(root + ".application.port.out").andShould().beInterfaces()
                .because(README + ": a port is what the application needs from the outside, and adapters implement it");
    }

    static ArchRule portInHoldsOnlyUseCases(String root) {
        return classes().that().resideInAPackage(root + ".application.port.in").and().areTopLevelClasses()
                .and().doNotHaveSimpleName(PACKAGE_INFO)
                .should().haveSimpleNameEndingWith("UseCase").andShould().beInterfaces()
                .because(README + ": the views a use case answers with live in application.view");
    }

    static ArchRule portOutHoldsOnlyPorts(String root) {
        return classes().that().resideInAPackage(root + ".application.port.out").and().areTopLevelClasses()
                .and().doNotHaveSimpleName(PACKAGE_INFO)
                .should().haveSimpleNameEndingWith("Port").andShould().beInterfaces()
                .because(README + ": what a port carries is nested in the port");
    }

    static ArchRule servicesArePackagePrivateInApplicationService(String root) {
        return classes().that().resideInAPackage(root + "..").and().areTopLevelClasses()
                .and().haveSimpleNameEndingWith("Service")
                .should().resideInAPackage(root + ".application.service").andShould().notBePublic()
                .because(README + ": embedders reach services only through use-case interfaces and Sicredit");
    }

    static ArchRule fileAndHttpAdaptersKeepTheirSidesApart(String root) {
        return classes().that().resideInAnyPackage(root + ".adapters.http..", root + ".adapters.file..")
                .and().doNotHaveSimpleName(PACKAGE_INFO)
                .should().resideInAnyPackage(root + ".adapters.http.in..", root + ".adapters.http.out..",
                        root + ".adapters.file.in..", root + ".adapters.file.out..")
                .allowEmptyShould(true)
                .because(README + ": what drives the application (in) and what it drives (out) sit apart from the "
                        + "first class");
    }

    static ArchRule thePlatformClientNeedsNoServer(String root) {
        return noClasses().that().resideInAPackage(root + ".adapters.http.out..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".adapters.http.in..", "io.javalin..",
                        "org.eclipse.jetty..", "jakarta.servlet..")
                .allowEmptyShould(true)
                .because(README + ": a service that only reports to the Platform gets neither Javalin nor Jetty");
    }

    static ArchRule portsAndViewsSpeakVavrCollections(String root) {
        return noClasses().that().resideInAnyPackage(root + ".application.port.out..", root + ".application.view..")
                .should().dependOnClassesThat().belongToAnyOf(java.util.Collection.class, java.util.List.class,
                        java.util.Set.class, java.util.Map.class, java.util.SortedMap.class, java.util.SortedSet.class)
                .because(README + ": one collection convention, vavr, at every boundary");
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
}
