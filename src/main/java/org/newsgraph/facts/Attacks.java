package org.newsgraph.facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon.EventKind;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.lexicon.Phrases;
import org.newsgraph.model.Facts.Event;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * The attack rule (rule {@code attack}): an attack trigger of {@code event-triggers.csv} in a
 * stretch of a sentence, with who attacked only where the sentence says it: the agent after "by" in
 * a passive or right after the attack word ("the strike by Ruritania", "the attack carried out by
 * Ruritania", {@code attack-participles.csv}), never the author "by" names before it ("Statement by
 * Jane Roe on the Attack"), the accused of "accused X of
 * attacking", the suspect a noun of suspicion names ("the primary suspect in the attack is Jane Roe",
 * {@link Suspects}), the possessor of "Russia's invasion", who claims it ("claimed responsibility for the
 * attack", {@code responsibility-cues.csv}), else the agent before an active trigger but never one
 * that reacts to it ("condemned the attack", {@code attack-reactions.csv}); and what was attacked
 * (the places and countries after it up to a new clause, the subject of a passive, the
 * claimant's own side named with "its" or "their", and the claimant itself when another party's forces
 * fired "across the border"). Its date is its own ({@link EventClause}). The
 * event rules read it over the whole sentence; the claim rules over what a claimant says, so that
 * the attack becomes that claim's content.
 *
 * <pre>{@code
 * Event attack = new Attacks(lexicon).in(view, 0, view.size(), null, null, discourse);   // or null
 * }</pre>
 */
final class Attacks {
    /** Lower-case words, commas and "and" at most between a possessive and the noun it owns. */
    static final int MODIFIERS = 7;
    /** Words that end a run of modifiers: the noun belongs to another phrase ("Russia's call for an attack"). */
    /** Possessive pronouns whose attack is the party named before them ("Ruritania … in its attacks on …"). */
    private static final Set<String> OWNING_PRONOUNS = Set.of("its", "their");
    static final Set<String> NOT_MODIFIERS = Set.of("a", "an", "the", "of", "for", "on", "to", "in", "with",
            "by", "at", "from", "that", "which", "who", "this", "these", "its", "their", "his", "her", "after", "before",
            "over", "against", "about", "as", "or");

    /** How far after the attack word "across the border" may stand ("fired mortar shells across the border"). */
    private static final int ACROSS = 7;
    /** Words before "the border" that send an attack over it. */
    private static final Set<String> ACROSS_WORDS = Set.of("across", "over");
    /** Relative pronouns whose clause's doer is the party right before them ("an operative who executed the attack"). */
    private static final Set<String> RELATIVES = Set.of("who", "which");
    /** Words before "of" or "with" and an attack word whose noun before them did it ("suspected of ramming"). */
    private static final Set<String> SUSPECTED = Set.of("suspected", "accused", "charged", "convicted");
    /** How far before such a word its suspect may be named. */
    private static final int SUSPECT = 4;
    /** Words between a pronoun and its claim word ("it has already claimed"), with the passive auxiliaries. */
    private static final Set<String> CLAIM_FILLERS = Set.of("has", "had", "have", "is", "are", "also", "already",
            "quickly", "swiftly", "later", "immediately", "then", "that");
    /** How many tokens before a relative pronoun its party may start ("a Front operative who"). */
    private static final int ANTECEDENT = 3;
    /** How many words may stand between an attack word and the party it attacks ("fired on the rebel Front"). */
    private static final int OBJECT_WINDOW = 3;
    private final Lexicon lexicon;
    private final Set<String> passives;
    /** Words before an attack word that make it a stoppage of work ("general strike"). */
    private final Set<String> stoppageWords;
    /** Verbs of "called a strike". */
    private static final Set<String> CALLED = Set.of("call", "calls", "called", "calling");
    private final Set<String> attackerWords;
    private final Set<String> ownSide;
    private final Set<String> reactions;
    private final Set<String> responsibility;
    private final Set<String> participles;
    private final AttackNouns nouns;
    private final Set<String> placeWords;
    private final Set<String> pronouns;
    /** Verbs of believing ({@code belief-verbs.csv}): a pronoun before one believes, and does not act. */
    private final Set<String> beliefVerbs;
    /** Nouns of a count or trend ({@code statistic-nouns.csv}): "the number of attacks" tells no attack. */
    private final Set<String> statistics;
    private final Set<String> forces;
    private final Set<String> groupNouns;
    private final Set<String> referring;
    /** Definite articles by which an attack word that ends its phrase refers back ("carried out the attack."). */
    private final Set<String> definites;
    private final Phrases<String> occurrences = new Phrases<>();
    private final Set<String> dismissals;
    private final AttackTargets narrowing;
    private final Set<String> subordinators;
    private final Set<String> fronting;
    private final Suspects suspects;
    private final Set<String> heads;
    private final EventClause clause;
    private final ForceBodies bodies;
    private final Campaigns campaigns;
    private final DeedObjects deeds;
    private final Set<String> targeted;

    Attacks(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.passives = lexicon.words("passive-auxiliaries.csv");
        this.stoppageWords = lexicon.words("stoppage-words.csv");
        this.attackerWords = lexicon.words("attacker-prepositions.csv");
        this.ownSide = lexicon.words("own-side-words.csv");
        // who condemns, names or judges an attack ("Elbonia views the strike as unacceptable") did not make it
        this.reactions = new HashSet<>(lexicon.words("attack-reactions.csv"));
        reactions.addAll(lexicon.words("judging-verbs.csv"));
        reactions.addAll(lexicon.words("naming-verbs.csv"));
        this.responsibility = lexicon.words("responsibility-cues.csv");
        this.participles = lexicon.words("attack-participles.csv");
        this.placeWords = lexicon.words("event-place-prepositions.csv");
        this.pronouns = new HashSet<>(lexicon.words("actor-pronouns.csv"));
        pronouns.addAll(lexicon.words("person-pronouns.csv"));
        this.beliefVerbs = lexicon.words("belief-verbs.csv");
        this.statistics = lexicon.words("statistic-nouns.csv");
        this.forces = lexicon.words("force-nouns.csv");
        this.groupNouns = lexicon.words("group-nouns.csv");
        this.referring = lexicon.words("referring-determiners.csv");
        this.definites = lexicon.words("referring-definites.csv");
        lexicon.words("occurrence-verbs.csv").forEach(w -> occurrences.add(w, w));
        this.dismissals = lexicon.words("dismissal-verbs.csv");
        this.heads = lexicon.words("organisation-heads.csv");
        this.narrowing = new AttackTargets(lexicon);
        this.subordinators = lexicon.words("subordinators.csv");
        this.fronting = lexicon.words("fronting-prepositions.csv");
        this.suspects = new Suspects(lexicon);
        this.deeds = new DeedObjects(lexicon);
        this.targeted = lexicon.words("target-prepositions.csv");
        this.nouns = new AttackNouns(lexicon, passives, reactions, responsibility, participles, subordinators);
        this.clause = new EventClause(lexicon);
        this.bodies = new ForceBodies(lexicon);
        this.campaigns = new Campaigns(lexicon);
    }

    /**
     * Whether the attack word at token {@code t} names a stoppage of work, no attack: after a word of
     * {@code stoppage-words.csv} ("a general strike", "a hunger strike") or after "called a" ("the
     * union called a strike"); or a statistic, after a noun of {@code statistic-nouns.csv} and "of" or "in"
     * ("the number of attacks has risen").
     */
    private boolean stoppage(SentenceView view, int t) {
        return stoppageWords.contains(view.word(t - 1)) || view.word(t - 1).equals("a")
                && CALLED.contains(view.word(t - 2))
                || (view.word(t - 1).equals("of") || view.word(t - 1).equals("in")) && statistics.contains(view.word(t - 2));
    }

    /**
     * The first attack told in tokens {@code [from, to)}, or null.
     *
     * @param claimant who tells it, whose own side "its positions" are, or null when the article does
     * @param accused  the party the claimant accuses, the attacker of "accused X of attacking", or null
     */
    Event in(SentenceView view, int from, int to, String claimant, String accused, Discourse discourse) {
        // "blamed the bombing on the Front": the party after "on" did it, and was no target
        DeedObjects.OnParty on = deeds.blamedOn(view, from + 1, discourse.agents());
        for (int t = from; t < to; t++) {
            Optional<Phrases.Match<EventKind>> trigger = lexicon.triggers().at(view.words(), t);
            if (trigger.isEmpty() || trigger.get().value() != EventKind.ATTACK || view.quoted(t) || stoppage(view, t)
                    || timeOfOneTold(view, t, trigger.get().end()) || dismissal(view, t, trigger.get().end())) {
                continue;
            }
            int end = trigger.get().end();
            // "the town was shelled"; not "jets were pounding Front positions", a progressive with its object
            boolean passive = passives.contains(view.word(t - 1)) && !view.word(t).endsWith("ing");
            boolean determined = refers(view, t);   // "this attack"
            boolean definite = !determined && definiteReference(view, t, end);   // "carried out the attack."
            boolean refers = determined || definite;
            // "the attack by Ruritania", "the attack carried out by Ruritania" (attack-participles.csv)
            String attacker = passive || attackerWords.contains(view.word(end)) || participles.contains(view.word(end))
                    ? byAgent(view, end, to) : null;
            List<String> targets = new ArrayList<>();
            if (passive) {
                for (int k = from; k < t; k++) {
                    if (claimant != null && ownSide(view, k, claimant, discourse)) {
                        targets.add(claimant);
                        break;
                    }
                }
            } else if (attacker == null) {
                Mention possessive = possessor(view, t);   // "Ruritania's attack"; else "… in its attacks"
                String owner = possessive != null ? possessive.entityId() : pronounOwner(view, from, t);
                // "the attack by Ruritanian forces on Port Elbe" has its attacker after "by"
                int passiveBy = passiveDoneBy(view, end, to);
                // "the attack late Saturday by the Front": its time, then its attacker
                int afterTime = pastTime(view, end);
                int timedBy = afterTime > end && view.word(afterTime).equals("by") ? afterTime : -1;
                int done = passiveBy >= 0 ? passiveBy : timedBy >= 0 ? timedBy
                        : nouns.byAfterPhrase(view, t, end, to);   // "the shelling of X by Y"
                attacker = done >= 0 ? byAgent(view, done, to)
                        : on != null && on.on() > t ? on.entityId()
                        : (view.word(t - 1).equals("of") || blamedFor(view, t)) && accused != null ? accused
                        : owner != null ? owner
                        : determined ? claimer(view, from, t, claimant, discourse)
                        : agent(view, nouns.ownPhrase(view, from, t), t, claimant, discourse);
            }
            if (refers) {
                // "the Front claimed responsibility for this attack": who attacked, for the attack told before; "were
                // killed in the attack late Monday": when
                int time = definite ? pastTime(view, end) : end;
                java.time.temporal.Temporal when = time > end ? clause.dateIn(view, end, time, discourse) : null;
                return attacker == null && when == null ? null : new Event(EventKind.ATTACK,
                        attacker == null ? List.of() : List.of(attacker), attacker, List.of(), null, when, null,
                        view.evidence(t, end, AttackReferences.RULE));
            }
            Suspects.Suspect suspect = attacker == null && !refers ? suspects.of(view, from, t, end, to) : null;
            if (suspect != null) {
                attacker = suspect.id();   // "the primary suspect in the attack is Jane Roe"
            }
            int subject = passive ? clauseStart(view, from, t) : t;
            int fronted = frontedEnd(view, from, t);   // "In advance of the March 22nd attack, the United States …"
            int against = narrowing.against(view, end, to);   // "airstrikes in Libya against ISIS militants": ISIS, in Libya
            for (int k = from; k < (suspect != null ? Math.min(to, suspect.from()) : to); k++) {
                Mention m = view.mentionAt(k);
                if (k > t && (lexicon.clauseBreaks().contains(view.word(k)) || k == fronted || nouns.passiveOfAnother(view, k, to)
                        || on != null && k == on.on() || passive && view.word(k).equals(",")
                        || view.word(k - 1).equals("and") && lexicon.speechVerbs().at(view.words(), k).isPresent())) {
                    // "the attacks on Jizan were enabled by Ruritania": Ruritania is no target; "after the town was
                    // invaded, General Roe accepted the surrender of the Ruritanian forces": the passive's clause ends;
                    // "condemned the attack and said it would work with Port Elbe": what is said next is another clause
                    // (not "bombed towns, adding Jermuk and Goris")
                    break;
                }
                if (k > t && m != null && newClause(view, view.endToken(m))) {
                    break;   // "..., and Elbonia condemned the attack": Elbonia is no target
                }
                if (k > t && placeRelative(view, k)) {
                    break;   // "in Ruritania's Elbe region that borders Borduria": the clause tells of the place
                }
                if (k > t && claimant != null && ownSide(view, k, claimant, discourse) && !targets.contains(claimant)
                        && !claimant.equals(attacker)) {
                    targets.add(claimant);
                }
                // "the Kurdistan Region of Iraq", "Kyauk Taw village of Minbya Township": where the target is
                boolean container = m != null && view.word(k - 1).equals("of") && !targets.isEmpty()
                        && (view.mentionAt(k - 2) != null || AttackTargets.regionOfSettlement(view, k));
                boolean where = against >= 0 && k < against && placeWords.contains(view.word(k - 1));
                if (m != null && !view.quoted(k) && (view.isPlace(m) || view.kind(m) == Kind.COUNTRY
                        || !passive && object(view, end, k) || k == against) && !container && !where
                        && !narrowing.narrowed(view, m)
                        && !m.entityId().equals(attacker) && !targets.contains(m.entityId())
                        && (k >= subject || attacker != null && !passive && k > tokenOf(view, attacker, from))) {
                    targets.add(m.entityId());
                }
                if (m != null) {
                    k = view.endToken(m) - 1;
                }
            }
            if (attacker == null && !targets.isEmpty() && !passive) {
                attacker = bodies.bare(view, from, t, discourse, targets);   // "police fired tear gas at Jane Roe"
            }
            if (targets.isEmpty() && attacker != null && claimant != null && !claimant.equals(attacker)
                    && discourse.kind(claimant) == Kind.COUNTRY && acrossTheBorder(view, t, to)) {
                targets.add(claimant);   // "India said Pakistani forces fired across the border": at India
            }
            if (campaigns.is(view, t, end)
                    && (targets.isEmpty() || attacker == null || !attacker.equals(campaigns.owner(view, t)))) {
                continue;   // "the war on terror", "an earlier war against the enclave": no attack
            }
            if (attacker == null && targets.isEmpty()) {
                return null;
            }
            List<String> participants = new ArrayList<>();
            if (attacker != null) {
                participants.add(attacker);
            }
            participants.addAll(targets);
            String place = targets.stream().filter(id -> discourse.kind(id) == Kind.SETTLEMENT).findFirst()
                    .orElse(null);
            return new Event(EventKind.ATTACK, participants, attacker, targets, place,
                    clause.date(view, from, t, end, discourse), null, view.evidence(t, end, "attack"));
        }
        return null;
    }

    /**
     * Whether the attack word at {@code t} goes "across the border" or is "cross-border" (before {@code to}): a
     * country that tells it was on the other side, its target.
     */
    private static boolean acrossTheBorder(SentenceView view, int t, int to) {
        for (int k = Math.max(0, t - 3); k < Math.min(to, t + ACROSS); k++) {
            if (view.word(k).equals("border") && (ACROSS_WORDS.contains(view.wordBefore(k))
                    || view.word(k - 1).equals("-") && view.word(k - 2).equals("cross"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The comma that ends a phrase opening the sentence with a word of {@code fronting-prepositions.csv} and
     * holding the attack word at {@code t} ("In advance of the March 22nd attack, …"), or -1.
     */
    private int frontedEnd(SentenceView view, int from, int t) {
        if (!fronting.contains(view.word(from))) {
            return -1;
        }
        for (int k = from + 1; k < t; k++) {
            if (view.word(k).equals(",")) {
                return -1;   // the phrase ended before the attack word
            }
        }
        for (int k = t + 1; k < view.size(); k++) {
            if (view.word(k).equals(",") && !placeApposition(view, k)) {
                return k;
            }
        }
        return -1;
    }

    /** Whether the comma at {@code k} stands between a city or region and the country or region it lies in ("Christchurch, New Zealand"). */
    private static boolean placeApposition(SentenceView view, int k) {
        Mention before = view.mentionAt(k - 1);
        Mention after = view.mentionAt(k + 1);
        return before != null && after != null && view.isPlace(before)
                && (view.kind(after) == Kind.COUNTRY || view.kind(after) == Kind.REGION);
    }

    /**
     * Whether the attack word at token {@code t} refers back to an attack told before: a determiner of
     * {@code referring-determiners.csv} right before it or before the one or two words that describe it
     * ("this attack", "these terrorist attacks", "this cowardly suicide attack").
     */
    private boolean refers(SentenceView view, int t) {
        for (int k = t - 1; k >= Math.max(0, t - 3); k--) {
            if (referring.contains(view.word(k))) {
                return true;
            }
            if (view.mentionAt(k) != null || !view.tokens().get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the attack word at token {@code t}, ending before {@code end}, refers back by a definite article
     * of {@code referring-definites.csv} ("Al-Shabaab said it carried out the attack.", "The attack, the
     * deadliest this year, …"): the article (maybe with lower-case words that describe it: "the deadly
     * attack") before it and nothing of its own after it, the phrase ending at a punctuation mark or
     * the sentence's end. "the attack on the port", "launched the attack to obstruct talks" or "the Friday
     * attack" tell their own.
     */
    private boolean definiteReference(SentenceView view, int t, int end) {
        int after = pastTime(view, end);   // "killed in the attack late Monday."
        if (after < view.size() && view.tokens().get(after).isWord()) {
            return false;
        }
        for (int k = t - 1; k >= Math.max(0, t - 3); k--) {
            if (definites.contains(view.word(k))) {
                return true;
            }
            if (view.mentionAt(k) != null || !view.tokens().get(k).isWord()
                    || !Character.isLowerCase(view.tokens().get(k).text().charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a relative pronoun at token {@code k} opens a clause about the place right before it: "the Elbe
     * tribal region that borders Borduria", "Port Elbe, which lies near Borduria" (a few lower-case words, or a
     * comma, between the place and the pronoun). Not "shelling that killed three soldiers", which tells the attack.
     */
    private static boolean placeRelative(SentenceView view, int k) {
        if (!view.word(k).equals("that") && !view.word(k).equals("which")) {
            return false;
        }
        for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
            Mention m = view.mentionAt(j);
            if (m != null) {
                return view.isPlace(m);
            }
            if (!view.word(j).equals(",") && (!view.tokens().get(j).isWord() || view.tokens().get(j).isCapitalised())) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the attack word at token {@code t}, ending before {@code end}, is a definite reference that only
     * says when the attack told before happened ("officials say the attack took place Thursday and targeted a
     * house"): its article before it, its verb of {@code occurrence-verbs.csv} right after it. Such words tell
     * no attack of their own; {@link AttackTimes} dates the one told before.
     */
    private boolean timeOfOneTold(SentenceView view, int t, int end) {
        return occurrences.at(view.words(), end).isPresent() && definites.contains(view.word(t - 1));
    }

    /**
     * Whether the attack word at token {@code t} is a verb of {@code dismissal-verbs.csv} before a person ("fired
     * National Security Adviser Jane Roe", "fired his defence minister", "fired him"): a dismissal, no attack.
     */
    private boolean dismissal(SentenceView view, int t, int end) {
        if (end != t + 1 || !dismissals.contains(view.word(t))) {
            return false;
        }
        int k = Set.of("the", "his", "her", "its", "their").contains(view.word(end)) ? end + 1 : end;
        Mention m = view.mentionAt(k);
        return Set.of("him", "her").contains(view.word(end)) || m != null && view.kind(m) == Kind.PERSON
                || lexicon.titles().at(view.words(), k).isPresent();
    }

    /** Words before a day that tell the time of day or the day's place: "late Monday", "on Monday", "last night". */
    private static final Set<String> TIME_LEADS = Set.of("late", "early", "on", "last", "this");
    /** Days named by a word of their own: "killed in the attack yesterday." */
    private static final Set<String> DAYS_NAMED = Set.of("yesterday", "today");
    /** Words of the time of day after a day: "Monday night". */
    private static final Set<String> DAY_PARTS = Set.of("morning", "afternoon", "evening", "night");

    /**
     * The token after a time told right at token {@code k} ("late Monday", "on Monday night", "yesterday",
     * "last night"), else {@code k}.
     */
    private int pastTime(SentenceView view, int k) {
        int j = k;
        while (TIME_LEADS.contains(view.word(j))) {
            j++;
        }
        var day = lexicon.dates().at(view.words(), j);
        if (day.isPresent()) {
            j = day.get().end();
        } else if (DAYS_NAMED.contains(view.word(j)) || j > k && DAY_PARTS.contains(view.word(j))) {
            j++;
        } else {
            return k;
        }
        return DAY_PARTS.contains(view.word(j)) ? j + 1 : j;
    }

    /**
     * Whether the party at token {@code k} is the attack's object, a person or organisation named right
     * after the attack word ending before {@code end} with at most three small words between: "fired on
     * Houthi fighters", "the strike against the Front", "stormed the headquarters of Jane Roe's party" is
     * not (the party is too far), nor "the attack by the Front" (after a word of
     * {@code attacker-prepositions.csv}).
     */
    private boolean object(SentenceView view, int end, int k) {
        if (k < end || k - end > OBJECT_WINDOW) {
            return false;
        }
        for (int j = end; j < k; j++) {
            String w = view.word(j);
            if (!view.tokens().get(j).isWord() || attackerWords.contains(w) || participles.contains(w)
                    || lexicon.clauseBreaks().contains(w) || !Character.isLowerCase(view.tokens().get(j).text().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The token of the participle in "the attack on the port was (clearly) carried out by …": a passive
     * auxiliary after the attack word ending at {@code end}, before its clause ends, then within two words a
     * word of {@code attack-participles.csv}; or -1.
     */
    private int passiveDoneBy(SentenceView view, int end, int to) {
        for (int k = end; k < to; k++) {
            if (lexicon.clauseBreaks().contains(view.word(k)) || view.word(k).equals(",")
                    || lexicon.speechVerbs().at(view.words(), k).isPresent()) {
                return -1;
            }
            if (passives.contains(view.word(k))) {
                for (int j = k + 1; j <= Math.min(to - 1, k + 3); j++) {
                    if (participles.contains(view.word(j))) {
                        return j;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /** The party named after "by", "through" or "from" in the five words after token {@code end}, or null. */
    private String byAgent(SentenceView view, int end, int to) {
        for (int k = end; k < Math.min(to, end + 5); k++) {
            int at = view.word(k + 1).equals("the") ? k + 2 : k + 1;
            if (attackerWords.contains(view.word(k)) && view.mentionAt(at) != null) {
                return view.mentionAt(at).entityId();
            }
        }
        return null;
    }

    /**
     * Whether "for" and at most three small words stand before the attack word at token {@code t}: "blamed the Front
     * for an attack on …", "for Sunday's deadly attack"; the accused is the attacker.
     */
    private static boolean blamedFor(SentenceView view, int t) {
        for (int k = t - 1; k >= Math.max(0, t - 4); k--) {
            if (view.word(k).equals("for")) {
                return true;
            }
            if (view.mentionAt(k) != null && view.kind(view.mentionAt(k)) != Kind.SETTLEMENT || view.word(k).equals(",")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether token {@code k} is a word by which {@code claimant} names its own side ({@code own-side-words.csv}):
     * "its positions", "their positions" of a country or organisation, "our positions" of anyone; a person's "their
     * arms" are someone else's.
     */
    private boolean ownSide(SentenceView view, int k, String claimant, Discourse discourse) {
        return ownSide.contains(view.word(k)) && (view.word(k).equals("our") || discourse.kind(claimant) != Kind.PERSON);
    }

    /**
     * The attacker named before an active attack word at token {@code t}: the party who claims it
     * ("the group claimed responsibility for the attack", {@code responsibility-cues.csv}) when no
     * other party stands between, else the first party after the last word of reaction
     * ({@code attack-reactions.csv}: "France blamed Ruritania for the attack", and none in "the
     * Secretary-General condemned the attack"), else the first party of the stretch that is not a place
 * ("in Ruritania", {@code event-place-prepositions.csv}) nor the owner of a thing ("Jane Roe's home"), else
 * the claimant when a pronoun stands for
 * it ("Ruritania said it shelled the town", {@code actor-pronouns.csv}, {@code person-pronouns.csv}); after
 * "who" or "which", the party right before it ("a Front operative who executed the attack").
     */
    private String agent(SentenceView view, int from, int t, String claimant, Discourse discourse) {
        if (SUSPECTED.contains(view.word(t - 2)) && (view.word(t - 1).equals("of") || view.word(t - 1).equals("with"))) {
            // "a Ruritanian national suspected of ramming …": the suspect did it, a party only when named one
            Mention suspect = discourse.agents().firstAgent(view, Math.max(from, t - 2 - SUSPECT), t - 2);
            return suspect == null || discourse.agents().outsiders(view, suspect) ? null : suspect.entityId();
        }
        int after = from;
        for (int k = t - 1; k >= Math.max(0, from - 2); k--) {
            if (responsibility.contains(view.word(k)) && discourse.agents().firstAgent(view, k + 1, t) == null) {
                return claimerBefore(view, from, k, claimant, discourse);
            }
            if (reactions.contains(view.word(k)) && k >= from) {
                after = k + 1;
                break;
            }
        }
        for (int k = t - 1; k >= after; k--) {
            if (subordinators.contains(view.word(k))) {
                after = k + 1;   // "a student was killed when officers fired": the attack's own clause
                break;
            }
        }
        for (int k = t - 1; k > after && view.mentionAt(k) == null; k--) {
            if (RELATIVES.contains(view.word(k))) {
                // "a Front operative who planned and executed the attack": the party the relative pronoun stands for
                Mention antecedent = discourse.agents().firstAgent(view, Math.max(after, k - ANTECEDENT), k);
                if (antecedent != null) {
                    return bodies.demonym(view, antecedent, discourse);
                }
                break;
            }
        }
        for (int k = after; k < t; ) {
            Mention first = discourse.agents().firstAgent(view, k, t);
            if (first == null) {
                break;
            }
            if (!placeWords.contains(view.word(view.firstToken(first) - 1)) && !author(view, first) && !aimedAt(view, first)
                    && !speaks(view, view.endToken(first)) && !bodies.ownsThing(view, first, t)) {
                return bodies.demonym(view, first, discourse);   // "Ruritanian police": its police when named
            }
            k = view.endToken(first);   // "killed in Ruritania airstrike": a place, not the attacker
        }
        for (int k = after; k < t && claimant != null; k++) {
            if (pronouns.contains(view.word(k)) && !believes(view, k + 1, t) || ownForces(view, k, claimant, discourse)) {
                return claimant;   // "Ruritania said it shelled the town": the claimant's own act
            }
        }
        return null;
    }

    /**
     * Whether a verb of believing or saying stands in tokens {@code [from, to)}: the pronoun before them is who
     * believes or says ("Ruritania said they think rebels carried out the attack"), not who attacked.
     */
    private boolean believes(SentenceView view, int from, int to) {
        for (int k = from; k < to; k++) {
            if (beliefVerbs.contains(view.word(k)) || lexicon.speechVerbs().at(view.words(), k).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who claims the attack word at token {@code t} ("the group claimed responsibility for the attack",
     * {@code responsibility-cues.csv}, with no other party between): the party named before the claim word,
     * else who says the words ("SITE said the group had claimed the attack"); null when no claim word
     * stands before it.
     */
    private String claimer(SentenceView view, int from, int t, String claimant, Discourse discourse) {
        for (int k = t - 1; k >= Math.max(0, from - 2); k--) {
            if (responsibility.contains(view.word(k)) && discourse.agents().firstAgent(view, k + 1, t) == null) {
                return claimerBefore(view, from, k, claimant, discourse);
            }
        }
        return null;
    }

    /**
     * The party named before the claim word at token {@code k}, else who says the words when they name their
     * claimer by a pronoun or not at all ("said it had claimed responsibility"); not when another subject
     * claims it ("a group calling itself 'the Front' claimed responsibility").
     */
    private String claimerBefore(SentenceView view, int from, int k, String claimant, Discourse discourse) {
        Mention claimer = discourse.agents().firstAgent(view, from, k);
        if (claimer != null) {
            return claimer.entityId();
        }
        for (int j = from; j < k; j++) {
            if (view.tokens().get(j).isWord() && !pronouns.contains(view.word(j).toLowerCase(Locale.ROOT))
                    && !passives.contains(view.word(j)) && !CLAIM_FILLERS.contains(view.word(j).toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        return claimant;
    }

    /**
     * Whether the party is what a deed was aimed at ({@code target-prepositions.csv}): "an incident against the
     * Ruritanian government", "on Ruritania"; not "a lawsuit against Ruritania for attacking …", whose "for" tells the party's own deed.
     */
    private boolean aimedAt(SentenceView view, Mention party) {
        return targeted.contains(view.wordBefore(view.firstToken(party)))
                && !view.word(view.endToken(party)).equals("for");
    }

    /**
     * Whether token {@code k} starts the claimant's own forces: "its fighters", "their troops"
     * ({@code own-side-words.csv}, {@code force-nouns.csv}) of a country or organisation (a spokesman's "its
     * fighters" are his group's), or for an organisation "the group", "the militia" ({@code group-nouns.csv}).
     */
    private boolean ownForces(SentenceView view, int k, String claimant, Discourse discourse) {
        String next = view.word(k + 1);
        Kind kind = discourse.kind(claimant);
        // a person's "its fighters" are his organisation's, not his own
        return ownSide.contains(view.word(k)) && forces.contains(next) && kind != Kind.PERSON
                || view.word(k).equals("the") && groupNouns.contains(next) && kind == Kind.ORGANIZATION;
    }

    /** Whether a speech verb follows a party, maybe after "also": "Roe says, however serious the attack …". */
    private boolean speaks(SentenceView view, int after) {
        int k = view.word(after).equals("also") ? after + 1 : after;
        return lexicon.speechVerbs().at(view.words(), k).isPresent();
    }

    /**
     * Whether {@code m} is named after "by" before the attack word, with its title between or not: the
     * author of what speaks of the attack ("Statement by Spokesperson Jane Roe on the Missile Attack"),
     * not its attacker (who comes after the attack word: "the attack by Ruritania").
     */
    private boolean author(SentenceView view, Mention m) {
        int k = view.firstToken(m) - 1;
        var title = lexicon.titles().endingAt(view.words(), k + 1);
        if (title.isPresent()) {
            k = title.get().start() - 1;
            Mention office = view.mentionAt(k);   // "by NSC Spokesperson Jane Roe"
            k = office != null && view.kind(office) != Kind.PERSON ? view.firstToken(office) - 1 : k;
        }
        return view.word(k).equals("by");
    }

    /**
     * Whether the party ending before token {@code k} starts a new clause: a reaction or speech verb follows
     * it, maybe after the head of its organisation ("…, the Ukrainian army said", {@code organisation-heads.csv},
     * {@code force-nouns.csv}).
     */
    private boolean newClause(SentenceView view, int k) {
        int at = heads.contains(view.word(k)) || forces.contains(view.word(k)) ? k + 1 : k;   // "the Ukrainian army said"
        return reactions.contains(view.word(at)) || lexicon.speechVerbs().at(view.words(), at).isPresent();
    }

    /** The first token of the passive's subject: after the last comma, clause break or speech verb before {@code t}. */
    private int clauseStart(SentenceView view, int from, int t) {
        for (int k = t - 1; k >= from; k--) {
            if (view.word(k).equals(",") || lexicon.clauseBreaks().contains(view.word(k))
                    || lexicon.speechVerbs().at(view.words(), k).isPresent()) {
                return k + 1;
            }
        }
        return from;
    }

    /**
     * The agent whose possessive stands before token {@code t}, past lower-case modifiers: who invades in
     * "Russia's invasion" and "Russia's premeditated, unprovoked and unjustified invasion", who calls in "Jane
     * Roe's call with …" ({@link EventRules}); or null, also when an article or preposition stands between
     * ("Russia's call for an attack").
     */
    static Mention possessor(SentenceView view, int t) {
        for (int k = t - 1; k >= 2 && k >= t - 1 - MODIFIERS; k--) {
            if (view.word(k).equals("s") && (view.word(k - 1).equals("'") || view.word(k - 1).equals("’"))) {
                Mention m = view.mentionAt(k - 2);
                return m != null && view.isAgent(m) ? m : null;
            }
            String w = view.word(k);
            boolean modifier = w.equals(",") || w.equals("and")
                    || view.tokens().get(k).isWord() && !view.tokens().get(k).isCapitalised() && !NOT_MODIFIERS.contains(w);
            if (!modifier) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whose attack "its attacks" or "their raids" at token {@code t} is: the last party (no place) named before
     * the possessive pronoun from token {@code from}, outside quotation marks ("the violation of the treaty by
     * Ruritania in its attacks on Borduria"); null without such a pronoun right before the attack word (its
     * describing words aside) or without a party before it.
     */
    private static String pronounOwner(SentenceView view, int from, int t) {
        int k = t - 1;
        while (k > from && view.tokens().get(k).isWord() && !view.tokens().get(k).isCapitalised()
                && !NOT_MODIFIERS.contains(view.word(k)) && t - k <= MODIFIERS) {
            k--;
        }
        if (!OWNING_PRONOUNS.contains(view.word(k))) {
            return null;
        }
        for (int j = k - 1; j >= from; j--) {
            Mention m = view.mentionAt(j);
            if (m != null && view.isAgent(m) && !view.quoted(j)) {
                return m.entityId();
            }
        }
        return null;
    }

    /** The first token of {@code id}'s mention from token {@code from}, or the sentence's end when none. */
    private static int tokenOf(SentenceView view, String id, int from) {
        int at = view.firstTokenOf(id, from, view.size());
        return at < 0 ? view.size() : Math.max(from, at);
    }
}
