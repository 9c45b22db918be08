package io.gatehouse.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The AWS CLI's paging for list commands: it calls the action page after page ({@code Marker}) and
 * prints the lists joined, without {@code IsTruncated} and {@code Marker}. {@code --max-items N}
 * stops after N items and adds {@code NextToken}, which {@code --starting-token} resumes from;
 * {@code --page-size} sets {@code MaxItems} per call; {@code --no-paginate} makes one call and
 * prints its {@code IsTruncated} and {@code Marker} as they are.
 */
final class AutoPagination {
  /** The most items IAM returns in one call. */
  private static final int LARGEST_PAGE = 1000;

  private final OptionSpec maxItems;
  private final OptionSpec pageSize;
  private final OptionSpec startingToken;
  private final OptionSpec noPaginate;

  private AutoPagination(OptionSpec maxItems, OptionSpec pageSize, OptionSpec startingToken, OptionSpec noPaginate) {
    this.maxItems = maxItems;
    this.pageSize = pageSize;
    this.startingToken = startingToken;
    this.noPaginate = noPaginate;
  }

  /** Adds the paging options to a list command. */
  static AutoPagination addTo(CommandSpec spec) {
    OptionSpec maxItems = OptionSpec.builder("--max-items").type(Integer.class).paramLabel("<value>")
        .description("The most items to print; if there are more, the output ends with a NextToken.").build();
    OptionSpec pageSize = OptionSpec.builder("--page-size").type(Integer.class).paramLabel("<value>")
        .description("How many items to ask for in each call (MaxItems).").build();
    OptionSpec startingToken = OptionSpec.builder("--starting-token").type(String.class).paramLabel("<value>")
        .description("A NextToken printed by an earlier call: where to continue.").build();
    OptionSpec noPaginate = OptionSpec.builder("--no-paginate").type(boolean.class).arity("0")
        .description("Make one call and print its IsTruncated and Marker.").build();
    for (OptionSpec o : List.of(maxItems, pageSize, startingToken, noPaginate)) {
      spec.addOption(o);
    }
    return new AutoPagination(maxItems, pageSize, startingToken, noPaginate);
  }

  /** Runs the action with the query parameters, page after page as the options say. */
  Map<String, Object> run(Function<Map<String, String>, Map<String, Object>> action, Map<String, String> query) {
    Integer max = maxItems.getValue();
    Integer size = pageSize.getValue();
    String marker = startingToken.getValue();
    if (Boolean.TRUE.equals(noPaginate.getValue())) {
      Integer limit = max != null ? max : size;
      putPage(query, marker, limit);
      return action.apply(query);
    }
    Map<String, Object> merged = null;
    int remaining = max == null ? Integer.MAX_VALUE : max;
    while (true) {
      int limit = Math.min(Math.min(remaining, size == null ? LARGEST_PAGE : size), LARGEST_PAGE);
      putPage(query, marker, max == null && size == null ? null : limit);
      Map<String, Object> page = action.apply(query);
      remaining -= itemCount(page);
      merged = merged == null ? new LinkedHashMap<>(page) : join(merged, page);
      marker = (String) page.get("Marker");
      if (!Boolean.TRUE.equals(page.get("IsTruncated")) || marker == null) {
        break;
      }
      if (remaining <= 0) {
        merged.remove("IsTruncated");
        merged.remove("Marker");
        merged.put("NextToken", marker);
        return merged;
      }
    }
    merged.remove("IsTruncated");
    merged.remove("Marker");
    return merged;
  }

  private static void putPage(Map<String, String> query, String marker, Integer limit) {
    query.remove("Marker");
    query.remove("MaxItems");
    if (marker != null) {
      query.put("Marker", marker);
    }
    if (limit != null) {
      query.put("MaxItems", limit.toString());
    }
  }

  private static int itemCount(Map<String, Object> page) {
    int n = 0;
    for (Object v : page.values()) {
      if (v instanceof List<?> l) {
        n += l.size();
      }
    }
    return n;
  }

  /** The lists of {@code page} appended to those of {@code merged}; other members stay as first seen. */
  private static Map<String, Object> join(Map<String, Object> merged, Map<String, Object> page) {
    for (Map.Entry<String, Object> e : page.entrySet()) {
      if (e.getValue() instanceof List<?> l && merged.get(e.getKey()) instanceof List<?> before) {
        List<Object> all = new ArrayList<>(before);
        all.addAll(l);
        merged.put(e.getKey(), all);
      }
    }
    return merged;
  }
}
