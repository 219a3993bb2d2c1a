package org.newsgraph.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.newsgraph.io.CsvRow;
import org.newsgraph.io.CsvTable;

/**
 * A {@link Normalizer} that applies an ordered list of regular-expression repairs read from a
 * CSV file ({@code name,pattern,replacement,description}), composing their offset maps. In a
 * replacement, {@code \n} stands for a line break and {@code \s} for a space (cells are trimmed).
 *
 * <pre>{@code
 * Normalizer normalizer = RuleNormalizer.load(Path.of("data/rules/normalization.csv"));
 * NormalizedText n = normalizer.normalize(rawText);
 * }</pre>
 */
public final class RuleNormalizer implements Normalizer {
    private final List<NormalizationRule> rules;

    public RuleNormalizer(List<NormalizationRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Reads the rules, in file order. */
    public static RuleNormalizer load(Path file) {
        List<NormalizationRule> rules = new ArrayList<>();
        for (CsvRow row : CsvTable.read(file, List.of("name", "pattern", "replacement", "description"), List.of("hints"))) {
            Pattern pattern;
            try {
                pattern = Pattern.compile(row.required("pattern"));
            } catch (PatternSyntaxException e) {
                throw row.error("the pattern is not a valid Java regular expression: "
                        + e.getDescription() + " near index " + e.getIndex());
            }
            String replacement = row.get("replacement").replace("\\n", "\n").replace("\\s", " ");
            rules.add(new NormalizationRule(row.required("name"), pattern, replacement, row.get("description"),
                    row.list("hints")));
        }
        return new RuleNormalizer(rules);
    }

    /** The rules, in the order they are applied. */
    public List<NormalizationRule> rules() {
        return rules;
    }

    @Override
    public NormalizedText normalize(String original) {
        String text = original;
        OffsetMap map = OffsetMap.identity(original.length());
        for (NormalizationRule rule : rules) {
            if (!rule.mayMatch(text)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(text);
            if (!m.find()) {
                continue;
            }
            StringBuilder out = new StringBuilder(text.length());
            OffsetMap.Builder next = new OffsetMap.Builder(map);
            int last = 0;
            do {
                next.keep(last, m.start() - last);
                int before = out.length() + (m.start() - last);
                m.appendReplacement(out, rule.replacement());
                next.replace(m.start(), m.end(), out.length() - before);
                last = m.end();
            } while (m.find());
            next.keep(last, text.length() - last);
            m.appendTail(out);
            map = next.build(text.length());
            text = out.toString();
        }
        return new NormalizedText(original, text, map);
    }
}
