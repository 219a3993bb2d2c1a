package org.newsgraph.facts;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.MatchType;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * The entities listed together with one mention, of the same kind: "Chile, Peru and Bolivia are
 * members of …" before a cue, "a member of NATO and the European Union" after one. A list is joined
 * by commas and one last "and" (", and" too, and "the" may open an item); a comma alone before the
 * mention ("In Chile, Bolivia is …") is no list.
 *
 * <pre>{@code
 * List<Mention> members = Enumerations.endingWith(view, bolivia);   // Chile, Peru, Bolivia
 * List<Mention> bodies = Enumerations.startingWith(view, nato);     // NATO, European Union
 * }</pre>
 */
final class Enumerations {
    private Enumerations() {
    }

    /** The list whose last item is {@code last}, in order, {@code last} included. */
    static List<Mention> endingWith(SentenceView view, Mention last) {
        List<Mention> items = new ArrayList<>(List.of(last));
        for (Mention m = before(view, last, "and"); m != null; m = before(view, m, ",")) {
            items.add(0, m);
        }
        return items;
    }

    /** The list whose first item is {@code first}, in order, {@code first} included. */
    static List<Mention> startingWith(SentenceView view, Mention first) {
        List<Mention> items = new ArrayList<>(List.of(first));
        List<Mention> commas = new ArrayList<>();
        Mention m = first;
        while (true) {
            int k = view.endToken(m);
            boolean and = view.word(k).equals("and") || view.word(k).equals(",") && view.word(k + 1).equals("and");
            if (!and && !view.word(k).equals(",")) {
                return items;
            }
            k += view.word(k).equals(",") && view.word(k + 1).equals("and") ? 2 : 1;
            Mention next = itemAt(view, k, first);
            if (next == null) {
                return items;
            }
            commas.add(next);
            if (and) {
                // the list is one only when it ends with "and": "NATO, which …" lists nothing
                items.addAll(commas);
                return items;
            }
            m = next;
        }
    }

    /** The item before {@code m} joined to it by {@code link}: "B and [C]" (link "and", also ", and"), "A, [B]" (","). */
    private static Mention before(SentenceView view, Mention m, String link) {
        int k = view.firstToken(m) - 1;
        if (view.word(k).equals("the")) {
            k--;
        }
        if (!view.word(k).equals(link)) {
            return null;
        }
        if (link.equals("and") && view.word(k - 1).equals(",")) {
            k--;
        }
        Mention item = view.mentionAt(k - 1);
        return item != null && view.endToken(item) == k && sameKind(view, item, m) ? item : null;
    }

    /** The mention of the same kind as {@code like} that starts at token {@code k} (after an optional "the"). */
    private static Mention itemAt(SentenceView view, int k, Mention like) {
        int at = view.word(k).equals("the") ? k + 1 : k;
        Mention m = view.mentionAt(at);
        return m != null && view.firstToken(m) == at && sameKind(view, m, like) ? m : null;
    }

    private static boolean sameKind(SentenceView view, Mention a, Mention b) {
        return view.kind(a) == view.kind(b) && a.matchType() != MatchType.DEMONYM && !view.quoted(view.firstToken(a));
    }
}
