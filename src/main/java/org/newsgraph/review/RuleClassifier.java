package org.newsgraph.review;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newsgraph.extract.SentenceView;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.recognize.MatchType;
import org.newsgraph.recognize.Mention;
import org.newsgraph.text.Token;
import org.newsgraph.text.Sentence;

/**
 * Tells which rule found a mention of an entity the gazetteer does not know, by looking again at
 * the mention's surroundings with the same word lists the person finder uses. The finder does
 * not record its reason, so the review reconstructs it; a shape it does not recognise is
 * {@link FindingRule#OTHER}.
 *
 * <pre>{@code
 * RuleClassifier rules = new RuleClassifier(Lexicon.load(Path.of("data/rules")));
 * FindingRule rule = rules.classify(sentence, mentionsInSentence, mention, roles, kinds);
 * }</pre>
 */
final class RuleClassifier {
    private final Lexicon lexicon;

    RuleClassifier(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The rule that found {@code mention}.
     *
     * @param sentence the sentence it is in
     * @param inside   every mention of that sentence
     * @param mention  the mention
     * @param roles    sentence index to its role ("byline", "credit", …) for sentences that are not body text
     * @param kinds    entity id to kind
     */
    FindingRule classify(Sentence sentence, List<Mention> inside, Mention mention, Map<Integer, String> roles,
            Function<String, Kind> kinds) {
        if (mention.matchType() == MatchType.ALIAS) {
            return FindingRule.SURNAME;
        }
        String role = roles.get(sentence.index());
        if ("byline".equals(role) || "credit".equals(role)) {
            return FindingRule.CREDIT;
        }
        SentenceView view = new SentenceView(sentence, inside, kinds);
        List<Token> tokens = view.tokens();
        int first = 0;
        while (first < tokens.size() && tokens.get(first).start() < mention.start()) {
            first++;
        }
        int end = first;
        while (end < tokens.size() && tokens.get(end).end() <= mention.end()) {
            end++;
        }
        if (end == first) {
            return FindingRule.OTHER;
        }
        if (lexicon.titles().endingAt(view.words(), first).isPresent()) {
            return FindingRule.TITLE;
        }
        if (view.word(end).equals(",") && titleAfter(view, end + 1)) {
            return FindingRule.APPOSITION;
        }
        if (lexicon.speechVerbs().at(view.words(), end).isPresent()) {
            return FindingRule.SPEAKER;
        }
        if (view.word(first - 2).equals("according") && view.word(first - 1).equals("to")) {
            return FindingRule.ACCORDING_TO;
        }
        return FindingRule.OTHER;
    }

    /** A title after an optional article and one optional adjective: ", a senior research associate". */
    private boolean titleAfter(SentenceView view, int i) {
        String w = view.word(i);
        int at = w.equals("a") || w.equals("an") || w.equals("the") ? i + 1 : i;
        return lexicon.titles().at(view.words(), at).isPresent() || lexicon.titles().at(view.words(), at + 1).isPresent();
    }
}
