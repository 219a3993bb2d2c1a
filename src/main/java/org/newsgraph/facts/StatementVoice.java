package org.newsgraph.facts;

import java.util.List;
import java.util.Set;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.model.Facts.Claim;
import org.newsgraph.recognize.SentenceView;

/**
 * A statement's own blame (rule {@value #RULE}): in an article that speaks as "we" outside quotation marks
 * and transcript turns (a government's statement, an embassy's release, a mission's remarks), a sentence
 * where nobody speaks and that blames a party ("The threat posed by Ruritania's reckless missile tests
 * could not be clearer", "The Front was responsible for the bombing") is the article's voice blaming it
 * ({@link Discourse#voice}), also when one official signs it. A news report, which never says "we" in its own words, gets none: its
 * sentences where nobody speaks are the reporter's, not a party's.
 *
 * <pre>{@code
 * boolean we = StatementVoice.speaksAsWe(views);   // once per article
 * List<Claim> own = voice.find(view, start, we, discourse);
 * }</pre>
 */
final class StatementVoice {
    /** The rule id of a statement's own blame, a condemnation ({@link Claim#condemnation}). */
    static final String RULE = Claim.OWN_BLAME;
    /**
     * The words of the first person plural a statement speaks with: "we" only, for a readout's reported words
     * say "our" too ("they look forward to deepening our cooperation").
     */
    private static final Set<String> WE = Set.of("we", "We");

    private final Blame blame;

    StatementVoice(Lexicon lexicon) {
        this.blame = new Blame(lexicon);
    }

    /** Whether any of an article's sentences says "we" outside quotation marks. */
    static boolean speaksAsWe(List<SentenceView> views) {
        for (SentenceView view : views) {
            for (int k = 0; k < view.size(); k++) {
                if (WE.contains(view.word(k)) && !view.quoted(k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The statement's blame in sentence {@code view} from token {@code start}, a sentence where nobody speaks:
     * none when the article does not speak as "we" ({@code we}), in a headline, inside a transcript, or when
     * its voice is not known or is the party blamed.
     */
    List<Claim> find(SentenceView view, int start, boolean we, Discourse discourse) {
        if (!we || view.headline() || discourse.turn() != null || discourse.transcriptLine(view, start) != null
                || discourse.transcript().turn() != null) {
            return List.of();
        }
        String voice = discourse.voice();
        if (voice == null) {
            return List.of();
        }
        String party = blame.in(view, start, view.size(), null, discourse);
        if (party == null || party.equals(voice)) {
            return List.of();
        }
        return List.of(new Claim(voice, view.text(start, view.size()), party, null,
                view.evidence(start, view.size(), RULE)));
    }
}
