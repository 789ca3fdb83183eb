package io.wirewatch.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;
import java.util.Map;

/**
 * The rules that keep wirewatch's structure: one package per capability, dependencies only in the allowed
 * directions (the application assembles, nothing depends on it), no cycles between packages or classes, and a
 * package-info.java in every package saying what it owns.
 */
@AnalyzeClasses(packages = "io.wirewatch", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String W = "io.wirewatch.";

  /** Package -> the wirewatch packages it may use besides itself (and its sub-packages). */
  static final Map<String, String[]> ALLOWED = Map.ofEntries(
      Map.entry("model", new String[] {}),
      Map.entry("text", new String[] {"model"}),
      Map.entry("formats", new String[] {"model", "text"}),
      Map.entry("figures", new String[] {"model", "text"}),
      Map.entry("stories", new String[] {"model", "text", "figures", "alerts"}),
      Map.entry("dedup", new String[] {"model", "text", "stories"}),
      Map.entry("alerts", new String[] {"model", "text", "figures"}),
      Map.entry("kafka", new String[] {"model"}),
      Map.entry("channels", new String[] {"model", "text"}),
      Map.entry("web", new String[] {"model"}),
      Map.entry("ingest", new String[] {"model", "web"}),
      Map.entry("metrics", new String[] {"model", "formats", "channels"}),
      Map.entry("bench", new String[] {"model", "ingest", "kafka"}));

  @ArchTest
  static void packagesDependOnlyOnWhatTheyAreAllowedTo(JavaClasses classes) {
    for (Map.Entry<String, String[]> e : ALLOWED.entrySet()) {
      String[] others = java.util.Arrays.stream(new String[] {"model", "text", "formats", "figures", "stories",
          "dedup", "alerts", "kafka", "channels", "web", "ingest", "metrics", "bench", "app"})
          .filter(p -> !p.equals(e.getKey()) && !java.util.List.of(e.getValue()).contains(p))
          .map(p -> W + p + "..").toArray(String[]::new);
      noClasses().that().resideInAPackage(W + e.getKey() + "..")
          .should().dependOnClassesThat().resideInAnyPackage(others)
          .because(e.getKey() + " may use only " + String.join(", ", e.getValue()))
          .check(classes);
    }
  }

  @ArchTest
  static final ArchRule nothingDependsOnTheApplication = noClasses().that().resideOutsideOfPackage(W + "app..")
      .should().dependOnClassesThat().resideInAPackage(W + "app..")
      .because("the application assembles the pipeline; capabilities do not reach back into it");

  /**
   * Every package holding main classes has a package-info.java, so a reader of the package learns what it owns.
   * The compiler writes package-info.class for a Javadoc-only package-info.java because maven-compiler-plugin's
   * {@code createMissingPackageInfoClass} is on by default.
   */
  @ArchTest
  static void everyPackageSaysWhatItOwns(JavaClasses classes) {
    List<String> missing = classes.getPackage("io.wirewatch").getSubpackagesInTree().stream()
        .filter(p -> !p.getClasses().isEmpty() && p.tryGetPackageInfo().isEmpty())
        .map(JavaPackage::getName).sorted().toList();
    if (!missing.isEmpty()) {
      throw new AssertionError("packages without a package-info.java saying what they own (what the package "
          + "owns, its entry classes, what it may use): " + String.join(", ", missing));
    }
  }

  @ArchTest
  static final ArchRule noCyclesBetweenPackages = slices().matching("io.wirewatch.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule noCyclesBetweenClasses =
      slices().assignedFrom(new TopLevelClasses()).should().beFreeOfCycles();

  /** Each top-level class with its nested classes is one slice. */
  static final class TopLevelClasses implements SliceAssignment {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass c) {
      if (!c.getPackageName().startsWith("io.wirewatch")) {
        return SliceIdentifier.ignore();
      }
      String name = c.getName();
      int nested = name.indexOf('$');
      return SliceIdentifier.of(nested < 0 ? name : name.substring(0, nested));
    }

    @Override
    public String getDescription() {
      return "top-level classes";
    }
  }
}
