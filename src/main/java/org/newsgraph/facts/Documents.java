package org.newsgraph.facts;

import java.util.List;
import java.util.Set;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * Who a document speaks for when it is the subject of a speech verb ({@code document-nouns.csv}): "“…,” the
 * statement said", "the communique added", "the ministry's statement read". Its owner where the phrase names
 * one (a possessive before the noun: "the ministry's statement", or a body's name: "the AMISOM statement"), else the issuer of the last document the
 * article named before ({@link #read}): the owner that document's phrase names ("the Front's statement", "a
 * statement from the Front", "a statement by the ministry"), else the first party that speaks in its sentence
 * ("The Front said in a statement that …", "“…,” the Front said in a statement"), else the first party its
 * sentence names ("In a statement, the African Union condemned the killings"). A document named by nobody
 * speaks for nobody: the quotation keeps no speaker rather than a wrong one.
 *
 * <pre>{@code
 * documents.read(view, start, speakers, discourse);                    // after each sentence's claims and quotations
 * String speaker = documents.speaker(view, verb.start(), clause, discourse);   // or null
 * }</pre>
 */
final class Documents {
    /** Words between a document noun and its verb ("the statement also said"). */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "also", "later", "further");
    /** Words before a document noun that make it a document told before ("the statement", "its communique"). */
    private static final Set<String> DETERMINERS = Set.of("the", "its", "their", "that", "this");
    /** Words that lead from a document noun to its issuer: "a statement from the Front". */
    private static final Set<String> ISSUED_BY = Set.of("by", "from");
    /** How many describing words may stand between a determiner and the noun ("the joint final statement"). */
    private static final int DESCRIBING = 2;

    private final Set<String> nouns;

    Documents(Lexicon lexicon) {
        this.nouns = lexicon.words("document-nouns.csv");
    }

    /**
     * The party the document right before token {@code verb} speaks for, in the clause from token {@code clause};
     * null when no document is the verb's subject, or nobody issued it.
     */
    String speaker(SentenceView view, int verb, int clause, Discourse discourse) {
        int k = verb - 1;
        while (k > clause && AUXILIARIES.contains(view.word(k))) {
            k--;
        }
        String issuer = k >= clause ? issuedBy(view, k, clause) : null;
        if (issuer != null) {
            return issuer;   // "“…,” a statement released by spokesperson Jane Roe read"
        }
        if (k < clause || view.quoted(k) || !nouns.contains(view.word(k))) {
            return null;
        }
        String owner = owner(view, k, clause);
        if (owner != null) {
            return owner;
        }
        for (int j = k - 1; j >= Math.max(clause, k - 1 - DESCRIBING); j--) {
            if (DETERMINERS.contains(view.word(j))) {
                return discourse.issuer();
            }
            if (!view.tokens().get(j).isWord() || view.mentionAt(j) != null) {
                return null;
            }
        }
        return null;
    }

    /**
     * Records the issuer of the first document sentence {@code view} names outside quotation marks, from token
     * {@code start}, for a later "the statement said": its owner, else the first of {@code speakers}, those who
     * speak in the sentence, else the first party the sentence names.
     */
    void read(SentenceView view, int start, List<String> speakers, Discourse discourse) {
        for (int k = start; k < view.size(); k++) {
            if (view.quoted(k) || !nouns.contains(view.word(k))) {
                continue;
            }
            String owner = owner(view, k, start);
            if (owner == null && ISSUED_BY.contains(view.word(k + 1))) {
                Mention by = view.mentionAt(view.word(k + 2).equals("the") ? k + 3 : k + 2);
                owner = by != null && view.isAgent(by) ? by.entityId() : null;
            }
            if (owner == null && !speakers.isEmpty()) {
                owner = speakers.get(0);
            }
            if (owner == null) {
                // "In a statement, the African Union condemned the killings": a condemnation naming nobody is no
                // claim, and still the party that acts in the sentence issued the statement
                Mention first = discourse.agents().firstAgent(view, start, view.size());
                owner = first != null && !view.quoted(view.firstToken(first)) ? first.entityId() : null;
            }
            if (owner != null) {
                discourse.issuer(owner);
            }
            return;
        }
    }

    /** How many words of a title may stand between "by" and the issuer's name ("by U.N. spokesperson Jane Roe"). */
    private static final int ISSUER_TITLE = 3;

    /**
     * The party whose name ends at token {@code k} when a document noun, a participle and "by" come before it (with a
     * few words of its title between): "a statement released by spokesperson Jane Roe", "the communique issued by the
     * Front"; null otherwise.
     */
    private String issuedBy(SentenceView view, int k, int clause) {
        Mention issuer = view.mentionAt(k);
        if (issuer == null || !view.isAgent(issuer) || view.quoted(k)) {
            return null;
        }
        int j = view.firstToken(issuer) - 1;
        for (int words = 0; words < ISSUER_TITLE && j > clause && !view.word(j).equals("by") && view.tokens().get(j).isWord()
                && view.mentionAt(j) == null; words++) {
            j--;   // "spokesperson", "U.N. spokesperson"
        }
        if (view.word(j).equals("the")) {
            j--;
        }
        return j - 2 >= clause && view.word(j).equals("by") && view.word(j - 1).endsWith("ed") && nouns.contains(view.word(j - 2))
                ? issuer.entityId() : null;
    }

    /**
     * The party named right before the document noun at {@code k} ("the AMISOM statement"), else the one whose
     * possessive stands before it, past describing words ("Poland's joint statement"); or null.
     */
    private static String owner(SentenceView view, int k, int clause) {
        Mention named = k - 1 >= clause ? view.mentionAt(k - 1) : null;
        if (named != null && view.isAgent(named) && view.kind(named) != Kind.PERSON) {
            return named.entityId();   // "the AMISOM statement", "a Kremlin statement"
        }
        for (int j = k - 1; j >= Math.max(clause, k - 1 - DESCRIBING); j--) {
            if (view.word(j).equals("s") && j - 1 >= clause && view.possessiveAt(j - 1)) {
                Mention m = view.mentionAt(j - 2);
                return m != null && view.isAgent(m) ? m.entityId() : null;
            }
            if (!view.tokens().get(j).isWord() && !view.word(j).equals("’") && !view.word(j).equals("'")) {
                return null;
            }
        }
        return null;
    }
}
