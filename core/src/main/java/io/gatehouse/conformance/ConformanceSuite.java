package io.gatehouse.conformance;

import io.gatehouse.Authorizer;
import io.gatehouse.policy.InvalidPolicyException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads conformance case files from folders and runs them against an {@link Authorizer}.
 * Immutable.
 */
public final class ConformanceSuite {
  private final List<ConformanceCase> cases;

  private ConformanceSuite(List<ConformanceCase> cases) {
    this.cases = List.copyOf(cases);
  }

  /**
   * Loads every {@code *.json} case file under the given files or folders (recursively, in name
   * order).
   *
   * @throws InvalidPolicyException if any case file is malformed, with every problem located
   * @throws UncheckedIOException if a file cannot be read
   */
  public static ConformanceSuite load(List<Path> filesOrFolders) {
    ConformanceCaseReader reader = new ConformanceCaseReader();
    List<ConformanceCase> all = new ArrayList<>();
    List<io.gatehouse.policy.PolicyProblem> problems = new ArrayList<>();
    for (Path file : caseFiles(filesOrFolders)) {
      try {
        all.addAll(reader.read(file));
      } catch (InvalidPolicyException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidPolicyException(problems);
    }
    return new ConformanceSuite(all);
  }

  /** The case files under the given files or folders, in name order. */
  public static List<Path> caseFiles(List<Path> filesOrFolders) {
    List<Path> out = new ArrayList<>();
    for (Path p : filesOrFolders) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> f.getFileName().toString().endsWith(".json"))
              .sorted()
              .forEach(out::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else if (Files.isRegularFile(p)) {
        out.add(p);
      } else {
        throw new UncheckedIOException(new java.nio.file.NoSuchFileException(p.toString()));
      }
    }
    return out;
  }

  /** The cases, in file order. */
  public List<ConformanceCase> cases() {
    return cases;
  }

  /** Runs every case. */
  public List<ConformanceResult> run(Authorizer authorizer) {
    List<ConformanceResult> results = new ArrayList<>(cases.size());
    for (ConformanceCase c : cases) {
      results.add(new ConformanceResult(c, authorizer.decide(c.request(), c.policies())));
    }
    return results;
  }
}
