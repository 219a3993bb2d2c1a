package org.newsgraph.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.io.CsvRow;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.lexicon.Phrases;
import org.newsgraph.model.MatchType;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * A state that summons another's envoy to protest accuses that state: "Ruritania summoned Borduria's
 * ambassador to protest what it called unprovoked shelling", "… summoned the Bordurian envoy over the
 * raid" (rule {@code claim-summons}). The words come from {@code summons-words.csv}: the verb, a noun for
 * the envoy right after the other state's possessive or adjective (a word or two between: "Borduria's top
 * envoy"), and a cue after which what is protested follows; the accusation's words run from the cue to
 * the sentence's end. Without a cue a summons accuses no one ("summoned the ambassador for
 * consultations"), nor does a summons of the summoner's own envoy.
 *
 * <pre>{@code
 * for (HeldResponsible.Frame f : new Summons(lexicon).in(view, start, discourse.agents())) { … }
 * }</pre>
 */
final class Summons {
    /** The rule id. */
    static final String RULE = "claim-summons";
    /** How many words may stand between the state and the envoy's noun ("Borduria's top envoy"). */
    private static final int BETWEEN = 2;
    /** How far after the envoy the cue may stand, in tokens ("ambassador to Port Elbe to protest"). */
    private static final int CUE = 8;

    private final Phrases<String> verbs = new Phrases<>();
    private final Phrases<String> envoys = new Phrases<>();
    private final Phrases<String> cues = new Phrases<>();

    Summons(Lexicon lexicon) {
        for (CsvRow r : lexicon.files().rows("summons-words.csv", List.of("word", "role"))) {
            String word = r.required("word").toLowerCase(Locale.ROOT);
            switch (r.required("role")) {
                case "verb" -> verbs.add(word, word);
                case "envoy" -> envoys.add(word, word);
                case "cue" -> cues.add(word, word);
                default -> throw r.error("role must be verb, envoy or cue");
            }
        }
    }

    /** The accusations by summons in sentence {@code view} from token {@code start}. */
    List<HeldResponsible.Frame> in(SentenceView view, int start, Agents agents) {
        List<HeldResponsible.Frame> found = new ArrayList<>();
        for (Phrases.Match<String> verb : verbs.all(view.words(), start, view.size())) {
            if (view.quoted(verb.start())) {
                continue;
            }
            Mention summoner = agents.firstAgent(view, start, verb.start());
            int at = verb.end() + (view.word(verb.end()).equals("the") ? 1 : 0);
            Mention state = view.mentionAt(at);
            if (summoner == null || state == null || !states(view, state)) {
                continue;
            }
            int after = view.endToken(state);
            boolean owner = view.possessiveAt(after) || state.matchType() == MatchType.DEMONYM;
            int noun = view.possessiveAt(after) ? after + 2 : after;
            int envoy = -1;
            for (int k = noun; owner && k <= noun + BETWEEN && k < view.size(); k++) {
                var e = envoys.at(view.words(), k);
                if (e.isPresent()) {
                    envoy = e.get().end();
                    break;
                }
            }
            String accuser = agents.head(view, summoner).entityId();
            String accused = agents.head(view, state).entityId();
            if (envoy < 0 || accuser.equals(accused)) {
                continue;
            }
            for (int k = envoy; k < Math.min(view.size(), envoy + CUE); k++) {
                var cue = cues.at(view.words(), k);
                if (cue.isPresent()) {
                    int end = SpeechVerbs.end(view);
                    if (end > cue.get().end()) {
                        found.add(new HeldResponsible.Frame(accuser, accused, new int[] {cue.get().end(), end}, RULE));
                    }
                    break;
                }
            }
        }
        return found;
    }

    /** Whether the mention names a state (a country, or a region with a government of its own). */
    private static boolean states(SentenceView view, Mention m) {
        return view.kind(m) == Kind.COUNTRY || view.isAgent(m) && view.kind(m) != Kind.PERSON;
    }
}
