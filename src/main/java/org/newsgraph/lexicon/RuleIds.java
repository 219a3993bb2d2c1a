package org.newsgraph.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsgraph.io.CsvRow;

/**
 * The registry of rule ids ({@code data/rules/rule-ids.csv}): every rule the pipeline records for an entity
 * it found ({@code ng:foundBy}) or a statement it extracted ({@code ng:rule}), with the stage that applies
 * it, whether it saw a role cue (a title or a credit role next to a person's name), what it means and an
 * example. An id ending in {@code *} is a family whose tail comes from a rule list: {@code place-*} holds
 * {@code place-village}.
 *
 * <pre>{@code
 * RuleIds ids = RuleIds.of(RuleFiles.open(Path.of("data/rules")));
 * ids.find("person-title").get().roleCue();   // true
 * ids.contains("place-village");               // true, by the family place-*
 * }</pre>
 */
public final class RuleIds {
    /** The registry's file in the rules folder. */
    public static final String FILE = "rule-ids.csv";
    private static final Pattern ID = Pattern.compile("[a-z][a-zA-Z0-9]*(-[a-zA-Z0-9]+)*(-\\*)?");

    /**
     * One rule.
     *
     * @param id      its id, or a family's prefix followed by {@code *}
     * @param stage   the stage that applies it
     * @param roleCue whether it saw a title or a credit role next to a person's name
     * @param means   what it found
     * @param example an example of it
     */
    public record Rule(String id, String stage, boolean roleCue, String means, String example) {
        /** Whether {@code ruleId} is this rule, or one of this family. */
        public boolean matches(String ruleId) {
            return id.endsWith("*") ? ruleId.length() >= id.length() && ruleId.startsWith(id.substring(0, id.length() - 1))
                    : id.equals(ruleId);
        }
    }

    private final Map<String, Rule> exact;
    private final List<Rule> families;

    private RuleIds(Map<String, Rule> exact, List<Rule> families) {
        this.exact = Collections.unmodifiableMap(new LinkedHashMap<>(exact));
        this.families = List.copyOf(families);
    }

    /** The registry of a rules folder. */
    public static RuleIds of(RuleFiles files) {
        Map<String, Rule> exact = new LinkedHashMap<>();
        List<Rule> families = new ArrayList<>();
        for (CsvRow r : files.rows(FILE, List.of("id", "stage", "role-cue", "means", "example"))) {
            String id = r.required("id");
            if (!ID.matcher(id).matches()) {
                throw r.error("id \"" + id + "\" must be lower-case words joined by dashes (person-title), "
                        + "or a family ending in -* (place-*)");
            }
            boolean roleCue = switch (r.required("role-cue")) {
                case "yes" -> true;
                case "no" -> false;
                default -> throw r.error("role-cue must be yes or no, found \"" + r.get("role-cue") + "\"");
            };
            Rule rule = new Rule(id, r.required("stage"), roleCue, r.required("means"), r.get("example"));
            boolean twice = id.endsWith("*") ? families.stream().anyMatch(f -> f.id().equals(id))
                    : exact.containsKey(id);
            if (twice) {
                throw r.error("rule id " + id + " is listed twice; keep one row");
            }
            if (id.endsWith("*")) {
                families.add(rule);
            } else {
                exact.put(id, rule);
            }
        }
        return new RuleIds(exact, families);
    }

    /** The rule of {@code ruleId}: its own row, else the family with the longest prefix that holds it. */
    public Optional<Rule> find(String ruleId) {
        Rule rule = exact.get(ruleId);
        if (rule != null) {
            return Optional.of(rule);
        }
        return families.stream().filter(f -> f.matches(ruleId))
                .max(Comparator.comparingInt(f -> f.id().length()));
    }

    /** Whether the registry lists {@code ruleId}. */
    public boolean contains(String ruleId) {
        return find(ruleId).isPresent();
    }

    /** Whether {@code ruleId} is a rule that saw a role cue; false for a rule the registry does not list. */
    public boolean roleCue(String ruleId) {
        return find(ruleId).map(Rule::roleCue).orElse(false);
    }

    /** Every rule, families last. */
    public List<Rule> rules() {
        List<Rule> all = new ArrayList<>(exact.values());
        all.addAll(families);
        return all;
    }
}
