package org.newsgraph.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.lexicon.Lexicon.EventKind;
import org.newsgraph.model.Facts.Claim;
import org.newsgraph.model.Facts.Event;
import org.newsgraph.model.Facts.Quotation;
import org.newsgraph.recognize.SentenceView;

/**
 * The attacks a sentence's quotations tell, as their speakers' accounts: "“Some 50 rebels of the Front attacked a
 * police post at dawn in Port Elbe,” said army spokesman Jane Roe" is an attack by the Front on Port Elbe told in
 * Roe's words. The attack is read by {@link Attacks} over the quotation's words as if they stood outside quotation
 * marks; its claim is the quotation, read as a claim of its speaker (the graph points the attack to the quotation
 * with {@code ng:claimedIn}). One attack a quotation, the first it tells, and only with an attacker the quotation
 * names ("“Through the attacks in Port Elbe, the whole region has been hit”" tells none; "“They attacked our
 * positions”" names no attacker); none where the attack word follows a negation of {@code event-negations.csv}
 * ("“We did not attack anyone”") or a word of {@code modal-words.csv} ("“They will attack the city”"), nor in a
 * quotation with no speaker.
 *
 * <pre>{@code
 * List<Event> told = new QuotedAttacks(lexicon, attacks).in(view, start, quotations, discourse);
 * }</pre>
 */
final class QuotedAttacks {
    private final Lexicon lexicon;
    private final Attacks attacks;
    private final Set<String> modals;
    /** Whether an event word is negated ("did not attack"), as the event rules read it. */
    private final BiPredicate<SentenceView, Integer> negated;

    QuotedAttacks(Lexicon lexicon, Attacks attacks, BiPredicate<SentenceView, Integer> negated) {
        this.lexicon = lexicon;
        this.attacks = attacks;
        this.modals = lexicon.words("modal-words.csv");
        this.negated = negated;
    }

    /** The attacks told in the quotations of sentence {@code view} from token {@code start}. */
    List<Event> in(SentenceView view, int start, List<Quotation> quotations, Discourse discourse) {
        List<Event> told = new ArrayList<>();
        SentenceView plain = null;
        for (int[] span : view.quotes()) {
            int from = view.tokens().get(span[0]).start();
            int to = view.tokens().get(span[1] - 1).end();
            // the quotation whose words these are (its text leaves out a closing comma: overlap, not containment)
            Quotation q = quotations.stream().filter(x -> x.speaker() != null && x.evidence().start() < to
                    && x.evidence().end() > from).findFirst().orElse(null);
            if (q == null || span[0] < start) {
                continue;
            }
            plain = plain == null ? view.unquoted() : plain;
            SentenceView words = plain;
            boolean attack = lexicon.triggers().all(words.words(), span[0], span[1]).stream()
                    .anyMatch(t -> t.value() == EventKind.ATTACK && !blocked(words, t.start()));
            Event e = attack ? attacks.in(words, span[0], span[1], q.speaker(), null, discourse) : null;
            if (e == null || !namedIn(words, e.attacker(), span)) {
                continue;
            }
            List<String> targets = e.targets().stream().filter(t -> t.equals(q.speaker()) || namedIn(words, t, span))
                    .toList();
            List<String> parties = new ArrayList<>(List.of(e.attacker()));
            parties.addAll(targets);
            told.add(new Event(e.kind(), parties, e.attacker(), targets, targets.contains(e.place()) ? e.place() : null,
                    e.date(), new Claim(q.speaker(), q.text(), null, null, q.evidence()), e.evidence()));
        }
        return told;
    }

    /** Whether the attack word is negated, or a modal word stands in the two tokens before it ("will attack"). */
    private boolean blocked(SentenceView view, int trigger) {
        return negated.test(view, trigger) || modals.contains(view.word(trigger - 1)) || modals.contains(view.word(trigger - 2));
    }

    /** Whether a mention of {@code id} stands in the tokens {@code span}. */
    private static boolean namedIn(SentenceView view, String id, int[] span) {
        return id != null && view.mentions().stream().anyMatch(m -> m.entityId().equals(id)
                && view.firstToken(m) >= span[0] && view.endToken(m) <= span[1]);
    }
}
