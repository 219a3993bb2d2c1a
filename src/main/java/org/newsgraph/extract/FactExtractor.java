package org.newsgraph.extract;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.newsgraph.extract.Facts.Casualties;
import org.newsgraph.extract.Facts.Claim;
import org.newsgraph.extract.Facts.Event;
import org.newsgraph.extract.Facts.Position;
import org.newsgraph.extract.Facts.Quotation;
import org.newsgraph.extract.Facts.Relation;
import org.newsgraph.extract.Facts.RelationType;
import org.newsgraph.extract.Facts.Structure;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.lexicon.Lexicon.CasualtyRole;
import org.newsgraph.lexicon.Lexicon.CasualtyWord;
import org.newsgraph.lexicon.Lexicon.CreditRole;
import org.newsgraph.lexicon.Lexicon.EventKind;
import org.newsgraph.lexicon.Lexicon.RelationCue;
import org.newsgraph.lexicon.Lexicon.SpeechType;
import org.newsgraph.lexicon.Phrases;
import org.newsgraph.recognize.MatchType;
import org.newsgraph.recognize.Mention;
import org.newsgraph.text.Sentence;

/**
 * Pipeline stage 5: extracts what an article says about its entities, sentence by sentence,
 * with rules driven by the word lists of {@link Lexicon}: titles held, memberships, alliances,
 * support and leadership, quotations with their speakers, claims with their claimants and the
 * parties they blame, events (attacks, clashes, ceasefires, meetings, statements) with
 * participants, place and date, and casualty counts with who reports them. Every statement keeps
 * its sentence, span and rule. Byline and credit lines give no story facts.
 *
 * <p>Needs: sentences, all mentions, the article's date and publisher. Adds: {@link ArticleFacts}.
 *
 * <pre>{@code
 * ArticleFacts facts = new FactExtractor(lexicon).extract(input);
 * }</pre>
 */
public final class FactExtractor {
    private final Lexicon lexicon;
    private final DatelineRules datelines;
    private final PositionRules positionRules;
    private final RelationRules relationRules;

    public FactExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.datelines = new DatelineRules(lexicon);
        this.positionRules = new PositionRules(lexicon);
        this.relationRules = new RelationRules(lexicon);
    }

    /**
     * What the extractor reads.
     *
     * @param sentences  the article's sentences
     * @param mentions   every mention, in text order
     * @param kinds      entity id to kind
     * @param discovery  the person finder's result (credits, credit lines)
     * @param published  the article's date, or null
     * @param publisher  the publisher's entity id, or null
     * @param countryOf  entity id to the id of its country (citizenship for a person), or null
     * @param text       the article's normalised text, whose lines show headlines, bullets and sections
     */
    public record Input(List<Sentence> sentences, List<Mention> mentions, Function<String, Kind> kinds,
            PersonFinder.Discovery discovery, LocalDate published, String publisher,
            Function<String, String> countryOf, String text) {
    }

    /** Extracts the facts of one article. */
    public ArticleFacts extract(Input in) {
        Run run = new Run(in);
        List<List<Mention>> bySentence = SentenceView.bySentence(in.sentences(), in.mentions());
        for (int k = 0; k < in.sentences().size(); k++) {
            Sentence s = in.sentences().get(k);
            if (!in.discovery().creditLines().contains(s.index())) {
                run.sentence(s, bySentence.get(k));
            }
        }
        Map<CreditRole, List<String>> credits = in.discovery().credits();
        Map<Integer, String> roles = Layout.roles(in.text(), in.sentences());
        for (int credit : in.discovery().creditLines()) {
            Sentence s = in.sentences().get(credit - 1);
            roles.put(credit, s.text().startsWith("By ") ? "byline" : "credit");
        }
        Discourse.Dateline dateline = run.discourse.dateline().orElse(new Discourse.Dateline(0, null, null));
        if (dateline.sentence() > 0) {
            roles.put(dateline.sentence(), "dateline");
        }
        String headline = roles.entrySet().stream().filter(e -> e.getValue().equals("headline"))
                .map(e -> in.sentences().get(e.getKey() - 1).text()).findFirst().orElse(null);
        Structure structure = new Structure(credits.getOrDefault(CreditRole.AUTHOR, List.of()),
                credits.getOrDefault(CreditRole.CONTRIBUTOR, List.of()), credits.getOrDefault(CreditRole.EDITOR, List.of()),
                dateline.place(), dateline.date(), in.discovery().creditLines(), roles, headline);
        return new ArticleFacts(structure, PositionRules.specific(run.positions), RelationRules.distinct(run.relations), run.quotations, run.claims, run.events,
                run.casualties);
    }

    /** The state of one article's extraction. */
    private final class Run {
        final Input in;
        final Discourse discourse;
        final Agents agents;
        final List<Position> positions = new ArrayList<>();
        final List<Relation> relations = new ArrayList<>();
        final List<Quotation> quotations = new ArrayList<>();
        final List<Claim> claims = new ArrayList<>();
        final List<Event> events = new ArrayList<>();
        final List<Casualties> casualties = new ArrayList<>();
        String lastQuoteSpeaker;
        int lastQuoteSentence = -10;

        Run(Input in) {
            this.in = in;
            this.discourse = new Discourse(lexicon, in);
            this.agents = discourse.agents();
        }

        /** Extracts from sentence {@code s}, whose mentions are {@code inside}. */
        void sentence(Sentence s, List<Mention> inside) {
            SentenceView view = new SentenceView(s, inside, in.kinds());
            int start = datelines.start(view, discourse);
            positions.addAll(positionRules.find(view, start, discourse));
            relations.addAll(relationRules.find(view, start, discourse));
            List<Claim> said = speech(view, start);
            events(view, start, said);
            casualties(view, start, said);
            if (said.isEmpty()) {
                inside.stream().filter(m -> in.kinds().apply(m.entityId()) == Kind.PERSON).findFirst()
                        .ifPresent(m -> agents.saw(m.entityId(), Kind.PERSON));
            }
        }

        // ------------------------------------------------------------------ claims and quotations

        List<Claim> speech(SentenceView view, int start) {
            List<Claim> found = new ArrayList<>();
            List<int[]> contents = new ArrayList<>();
            String according = null;
            int accordingAt = -1;
            for (int i = start; i + 1 < view.size(); i++) {
                if (!view.quoted(i) && view.word(i).equals("according") && view.word(i + 1).equals("to")) {
                    Mention source = agents.firstAgent(view, i + 2, Math.min(view.size(), i + 8));
                    if (source != null) {
                        according = source.entityId();
                        accordingAt = i;
                    }
                    break;
                }
            }
            String previousSubject = null;
            for (Phrases.Match<SpeechType> verb : verbs(view, start)) {
                if (inside(contents, verb.start())
                        || verb.value() == SpeechType.STATE && !view.word(verb.end()).equals("that")) {
                    continue;
                }
                int clause = accordingAt >= 0 && accordingAt <= start + 1 ? afterAccording(view, accordingAt) : start;
                boolean postposed = postposed(view, verb);
                boolean continuing = view.word(verb.start()).startsWith("add") && view.word(verb.start() - 1).equals(",");
                String subject = continuing && previousSubject != null ? previousSubject
                        : agents.subjectOf(view, verb.start(), verb.end(), clause, postposed);
                if (subject == null) {
                    continue;
                }
                previousSubject = subject;
                int[] content = postposed ? before(view, verb, clause)
                        : after(view, verb, accordingAt > verb.end() ? accordingAt : view.size());
                if (content == null) {
                    continue;
                }
                contents.add(new int[] {Math.min(verb.start(), content[0]), Math.max(verb.end(), content[1])});
                String object = idOf(agents.firstAgentAfter(view, verb.end(), 4));
                String accused = verb.value() == SpeechType.ACCUSE ? object : null;
                Claim claim = claim(view, subject, content, accused, according != null && !according.equals(subject)
                        ? according : null, verb.value() == SpeechType.URGE ? object : null,
                        "claim-" + verb.value().name().toLowerCase(java.util.Locale.ROOT));
                if (claim != null && (verb.value() != SpeechType.URGE || claim.accused() != null)) {
                    found.add(claim);
                }
            }
            if (according != null && found.isEmpty()) {
                int[] content = accordingAt <= start + 1 ? new int[] {afterAccording(view, accordingAt), end(view)}
                        : new int[] {start, accordingAt > 0 && view.word(accordingAt - 1).equals(",") ? accordingAt - 1
                                : accordingAt};
                if (content[1] > content[0]) {
                    Claim claim = claim(view, according, content, null, null, null, "claim-according-to");
                    if (claim != null && claim.accused() != null && claim.evidence() != null) {
                        claim = new Claim(claim.claimant(), claim.content(), null, null, claim.evidence());
                        replaceLastEventClaim(claim);
                    }
                    if (claim != null) {
                        found.add(claim);
                    }
                }
            }
            for (Claim c : found) {
                agents.saw(c.claimant(), in.kinds().apply(c.claimant()));
            }
            claims.addAll(found);
            quotes(view, start);
            return found;
        }

        /** Speech verbs outside quotations and outside entity names ("United States"). */
        List<Phrases.Match<SpeechType>> verbs(SentenceView view, int start) {
            return lexicon.speechVerbs().all(view.words(), start, view.size()).stream()
                    .filter(v -> !view.quoted(v.start()) && view.mentionAt(v.start()) == null).toList();
        }

        /** Words that may follow a speech verb without being what was said. */
        private static final Set<String> ASIDES = Set.of("in", "a", "an", "statement", "interview", "to", "reporters",
                "on", "the", "press", "journalists", "conference", "briefing", "later", "also", "us", "me", "him", "her",
                "them", ":");

        /** A claimant's own side in its words: "fired on its positions". */
        private static final Set<String> POSSESSIVES = Set.of("its", "their", "our");

        /** Whether what was said comes before the verb: "…,” Peskov told reporters.", "…, said Peskov." */
        boolean postposed(SentenceView view, Phrases.Match<SpeechType> verb) {
            if (view.word(verb.end()).equals(",")) {
                return true;
            }
            int words = 0;
            int stop = end(view);
            Mention inverted = view.mentionAt(verb.end());
            for (int k = verb.end(); k < stop; k++) {
                Mention m = view.mentionAt(k);
                if (m != null && m == inverted) {
                    continue;
                }
                if (view.tokens().get(k).isWord() && !ASIDES.contains(view.word(k))) {
                    words++;
                }
            }
            return words < 2;
        }

        /**
         * A source cited with "according to" reports; it does not accuse. The attack event made for
         * the claim keeps pointing at the claim.
         */
        void replaceLastEventClaim(Claim claim) {
            if (!events.isEmpty()) {
                Event last = events.get(events.size() - 1);
                if (last.claim() != null && last.claim().evidence().equals(claim.evidence())) {
                    events.set(events.size() - 1, new Event(last.kind(), last.participants(), last.attacker(),
                            last.targets(), last.place(), last.date(), claim, last.evidence()));
                }
            }
        }

        boolean inside(List<int[]> ranges, int i) {
            return ranges.stream().anyMatch(r -> i >= r[0] && i < r[1]);
        }

        /** Skips "according to X, a spokesman for Y," and returns the token after it. */
        int afterAccording(SentenceView view, int at) {
            int i = at + 2;
            while (i < view.size() && !view.word(i).equals(",")) {
                i++;
            }
            if (Set.of("a", "an", "the").contains(view.word(i + 1))) {
                int next = i + 1;
                while (next < view.size() && !view.word(next).equals(",")) {
                    next++;
                }
                if (next < view.size()) {
                    i = next;
                }
            }
            return Math.min(view.size(), i + 1);
        }

        int end(SentenceView view) {
            int e = view.size();
            while (e > 0 && Set.of(".", "”", "\"", "!", "?").contains(view.word(e - 1))) {
                e--;
            }
            return e;
        }

        /** What follows a speech verb: "said (that) …", "accused X of …" (from the verb on). */
        int[] after(SentenceView view, Phrases.Match<SpeechType> verb, int limit) {
            int i = verb.end();
            for (int k = i; k < Math.min(view.size(), i + 7); k++) {
                if (view.word(k).equals("that")) {
                    i = k + 1;
                    break;
                }
            }
            while (i < view.size() && ASIDES.contains(view.word(i)) && !view.word(i).equals("a")
                    && !view.word(i).equals("the") && !view.word(i).equals("in")) {
                i++;
            }
            int stop = Math.min(end(view), limit);
            boolean relative = Set.of("which", "who").contains(view.word(verb.start() - 1));
            if (relative) {
                for (int k = i; k < stop; k++) {
                    if (view.word(k).equals(",")) {
                        stop = k;
                        break;
                    }
                }
            }
            int from = verb.value() == SpeechType.ACCUSE ? verb.start() : i;
            return stop > from ? trimmed(view, from, stop) : null;
        }

        /** What precedes the speaker of a postposed verb: "France will …, President Macron said". */
        int[] before(SentenceView view, Phrases.Match<SpeechType> verb, int clause) {
            int subject = verb.start() - 1;
            while (subject > clause && !view.word(subject).equals(",") && !view.word(subject).equals("”")) {
                subject--;
            }
            return subject > clause ? trimmed(view, clause, subject) : null;
        }

        /** The span without opening marks before or punctuation after. */
        int[] trimmed(SentenceView view, int from, int to) {
            while (from < to && Set.of("“", "\"", ",", "(").contains(view.word(from))) {
                from++;
            }
            while (to > from && Set.of(",", ";", ":", ".", "”", "\"").contains(view.word(to - 1))) {
                to--;
            }
            return to > from ? new int[] {from, to} : null;
        }

        Claim claim(SentenceView view, String claimant, int[] content, String accused, String reportedBy,
                String addressee, String rule) {
            boolean allQuoted = true;
            for (int k = content[0]; k < content[1]; k++) {
                allQuoted &= view.quoted(k) || !view.tokens().get(k).isWord();
            }
            Event attack = attack(view, content[0], content[1], claimant, accused);
            String blamed = accused != null ? accused : attack != null && attack.attacker() != null
                    && !attack.attacker().equals(claimant) ? attack.attacker() : blame(view, content, claimant, addressee);
            if (blamed != null && blamed.equals(claimant)) {
                blamed = null;
            }
            if (allQuoted && blamed == null && attack == null) {
                return null;
            }
            String text = view.text(content[0], content[1]);
            Claim claim = new Claim(claimant, text, blamed, reportedBy, view.evidence(content[0], content[1], rule));
            if (attack != null) {
                events.add(new Event(attack.kind(), attack.participants(), attack.attacker(), attack.targets(),
                        attack.place(), attack.date(), claim, attack.evidence()));
            }
            return claim;
        }

        /** The party blamed by a blame word in the span: "Armenia's provocations", "falls on … of Armenia". */
        String blame(SentenceView view, int[] content, String claimant, String addressee) {
            for (Phrases.Match<RelationCue> cue : lexicon.relations().all(view.words(), content[0], content[1])) {
                if (cue.value().relation() != Lexicon.Relation.BLAME) {
                    continue;
                }
                if (cue.value().position().equals("possessive")) {
                    for (int k = cue.start() - 1; k >= Math.max(content[0], cue.start() - 7); k--) {
                        Mention m = view.mentionAt(k);
                        if (m != null && view.isAgent(m) && (view.word(k + 1).equals("'") || view.word(k + 1).equals("’"))) {
                            return m.entityId();
                        }
                        if (Set.of("its", "their").contains(view.word(k))) {
                            return addressee;
                        }
                    }
                } else {
                    Mention after = null;
                    for (int k = cue.end(); k < Math.min(content[1] + 1, view.size()) && after == null; k++) {
                        Mention m = view.mentionAt(k);
                        after = m != null && view.isAgent(m) ? m : null;
                    }
                    if (after != null) {
                        return after.entityId();
                    }
                }
            }
            return null;
        }

        void quotes(SentenceView view, int start) {
            List<Phrases.Match<SpeechType>> verbs = verbs(view, start);
            for (int[] q : view.quotes()) {
                String speaker = null;
                Phrases.Match<SpeechType> nearest = null;
                for (Phrases.Match<SpeechType> v : verbs) {
                    if (nearest == null || distance(v, q) < distance(nearest, q)) {
                        nearest = v;
                    }
                }
                if (nearest != null) {
                    speaker = agents.subjectOf(view, nearest.start(), nearest.end(), start, postposed(view, nearest));
                }
                int gap = view.sentence().index() - lastQuoteSentence;
                if (speaker == null && nearest == null && (gap <= 1 || q[0] <= start + 1 && gap <= 2)) {
                    speaker = lastQuoteSpeaker;
                }
                int end = q[1];
                while (end > q[0] && Set.of(",", ";", ":").contains(view.word(end - 1))) {
                    end--;
                }
                String text = view.text(q[0], end);
                if (text.isBlank()) {
                    continue;
                }
                String rule = nearest != null ? "quote-verb" : speaker != null ? "quote-continued" : "quote-unattributed";
                quotations.add(new Quotation(speaker, text, view.evidence(q[0], end, rule)));
                if (speaker != null) {
                    lastQuoteSpeaker = speaker;
                    lastQuoteSentence = view.sentence().index();
                    agents.saw(speaker, in.kinds().apply(speaker));
                }
            }
        }

        int distance(Phrases.Match<?> verb, int[] quote) {
            return verb.start() >= quote[1] ? verb.start() - quote[1] : Math.max(0, quote[0] - verb.end());
        }

        // ------------------------------------------------------------------ events

        /** An attack told in tokens {@code [from, to)}: who attacked what. */
        Event attack(SentenceView view, int from, int to, String claimant, String accused) {
            for (int t = from; t < to; t++) {
                Optional<Phrases.Match<EventKind>> trigger = lexicon.triggers().at(view.words(), t);
                if (trigger.isEmpty() || trigger.get().value() != EventKind.ATTACK || view.quoted(t)) {
                    continue;
                }
                boolean passive = Set.of("been", "was", "were", "being").contains(view.word(t - 1));
                String attacker = null;
                List<String> targets = new ArrayList<>();
                if (passive) {
                    for (int k = t + 1; k < Math.min(to, t + 6); k++) {
                        if (Set.of("by", "through", "from").contains(view.word(k)) && view.mentionAt(k + 1) != null) {
                            attacker = view.mentionAt(k + 1).entityId();
                            break;
                        }
                    }
                    for (int k = from; k < t; k++) {
                        if (POSSESSIVES.contains(view.word(k)) && claimant != null) {
                            targets.add(claimant);
                            break;
                        }
                    }
                } else if (view.word(t - 1).equals("of") && accused != null) {
                    attacker = accused;
                } else if (possessor(view, t) != null) {
                    attacker = possessor(view, t).entityId();
                } else {
                    Mention first = agents.firstAgent(view, from, t);
                    attacker = idOf(first);
                }
                for (int k = from; k < to; k++) {
                    Mention m = view.mentionAt(k);
                    if (k > t && lexicon.clauseBreaks().contains(view.word(k))) {
                        break;
                    }
                    if (k > t && claimant != null && POSSESSIVES.contains(view.word(k)) && !targets.contains(claimant)
                            && !claimant.equals(attacker)) {
                        targets.add(claimant);
                    }
                    if (m != null && !view.quoted(k) && (view.isPlace(m) || view.kind(m) == Kind.COUNTRY)
                            && !m.entityId().equals(attacker) && !targets.contains(m.entityId())
                            && (k > t || attacker != null && k > tokenOf(view, attacker, from))) {
                        targets.add(m.entityId());
                    }
                    if (m != null) {
                        k = view.endToken(m) - 1;
                    }
                }
                if (attacker == null && targets.isEmpty()) {
                    return null;
                }
                List<String> participants = new ArrayList<>();
                if (attacker != null) {
                    participants.add(attacker);
                }
                participants.addAll(targets);
                String place = targets.stream().filter(id -> in.kinds().apply(id) == Kind.SETTLEMENT).findFirst()
                        .orElse(null);
                return new Event(EventKind.ATTACK, participants, attacker, targets, place, date(view),
                        null, view.evidence(t, trigger.get().end(), "attack"));
            }
            return null;
        }

        /** The agent of "Russia's invasion": the possessor right before token {@code t}. */
        Mention possessor(SentenceView view, int t) {
            if (view.word(t - 1).equals("s") && (view.word(t - 2).equals("'") || view.word(t - 2).equals("’"))) {
                Mention m = view.mentionAt(t - 3);
                return m != null && view.isAgent(m) ? m : null;
            }
            return null;
        }

        int tokenOf(SentenceView view, String id, int from) {
            for (int k = from; k < view.size(); k++) {
                Mention m = view.mentionAt(k);
                if (m != null && m.entityId().equals(id)) {
                    return k;
                }
            }
            return view.size();
        }

        Temporal date(SentenceView view) {
            return discourse.date(view);
        }

        void events(SentenceView view, int start, List<Claim> said) {
            Set<EventKind> seen = new LinkedHashSet<>();
            for (Phrases.Match<EventKind> t : lexicon.triggers().all(view.words(), start, view.size())) {
                EventKind kind = t.value();
                if (view.quoted(t.start()) || !seen.add(kind)) {
                    continue;
                }
                if (negated(view, t.start())) {
                    continue;
                }
                Claim claim = claimAround(view, said, t.start());
                if (kind == EventKind.ATTACK) {
                    if (claim == null) {
                        Event attack = attack(view, start, view.size(), null, null);
                        if (attack != null) {
                            events.add(attack);
                        }
                    }
                    continue;
                }
                List<String> participants = switch (kind) {
                    case CLASH -> clashParties(view, t);
                    case MEETING -> meetingParties(view, t, start);
                    case STATEMENT -> speakers(view, said);
                    default -> window(view, t.start() - 8, t.end() + 6);
                };
                String place = place(view, t);
                Temporal date = date(view);
                if (participants.isEmpty() && (kind == EventKind.STATEMENT || place == null && date == null)) {
                    continue;
                }
                events.add(new Event(kind, participants, null, List.of(), place, date, claim,
                        view.evidence(t.start(), t.end(), "event-" + kind.label().toLowerCase(java.util.Locale.ROOT))));
            }
        }

        /** Who speaks in the sentence: its claimants and the speakers of its quotations. */
        List<String> speakers(SentenceView view, List<Claim> said) {
            Set<String> ids = new LinkedHashSet<>();
            said.forEach(c -> ids.add(c.claimant()));
            quotations.stream().filter(q -> q.evidence().sentence() == view.sentence().index() && q.speaker() != null)
                    .forEach(q -> ids.add(q.speaker()));
            return List.copyOf(ids);
        }

        /** "would not meet", "never met", "refused to hold talks". */
        boolean negated(SentenceView view, int trigger) {
            for (int k = Math.max(0, trigger - 3); k < trigger; k++) {
                if (Set.of("not", "never", "refused", "declined", "no").contains(view.word(k))) {
                    return true;
                }
            }
            return false;
        }

        Claim claimAround(SentenceView view, List<Claim> said, int token) {
            int at = view.startOf(token);
            return said.stream().filter(c -> at >= c.evidence().start() && at < c.evidence().end()).findFirst()
                    .orElse(null);
        }

        List<String> clashParties(SentenceView view, Phrases.Match<EventKind> t) {
            for (int k = t.end(); k < Math.min(view.size(), t.end() + 3); k++) {
                if (view.word(k).equals("between")) {
                    return coordinated(view, k + 1);
                }
            }
            return window(view, t.start() - 8, t.end() + 4);
        }

        /** "A and B", "A, B and C" starting at token {@code k}. */
        List<String> coordinated(SentenceView view, int k) {
            List<String> ids = new ArrayList<>();
            while (k < view.size()) {
                Mention m = view.mentionAt(k);
                if (m == null || !view.isAgent(m)) {
                    break;
                }
                Mention head = agents.head(view, m);
                ids.add(head.entityId());
                k = view.endToken(head);
                if (!view.word(k).equals("and") && !view.word(k).equals(",")) {
                    break;
                }
                k = view.word(k + 1).equals("the") ? k + 2 : k + 1;
            }
            return ids;
        }

        List<String> meetingParties(SentenceView view, Phrases.Match<EventKind> t, int start) {
            List<String> parties = new ArrayList<>();
            Mention subject = agents.firstAgent(view, start, t.start());
            if (subject != null && subject.matchType() != MatchType.DEMONYM) {
                parties.add(subject.entityId());
                int k = view.endToken(subject);
                while (view.word(k).equals("and") || view.word(k).equals(",")) {
                    Mention next = view.mentionAt(view.word(k + 1).equals("the") ? k + 2 : k + 1);
                    if (next == null || !view.isAgent(next)) {
                        break;
                    }
                    next = agents.head(view, next);
                    parties.add(next.entityId());
                    k = view.endToken(next);
                }
            }
            for (String id : agentsIn(view, t.end(), view.size(), true)) {
                if (!parties.contains(id)) {
                    parties.add(id);
                }
            }
            return parties;
        }

        /** Heads of agent phrases in {@code [from, to)}, up to a clause break. */
        List<String> agentsIn(SentenceView view, int from, int to, boolean stopAtBreak) {
            List<String> ids = new ArrayList<>();
            for (int k = Math.max(0, from); k < Math.min(to, view.size()); k++) {
                if (stopAtBreak && (lexicon.clauseBreaks().contains(view.word(k))
                        || lexicon.speechVerbs().at(view.words(), k).isPresent())) {
                    break;
                }
                Mention m = view.mentionAt(k);
                if (m != null && !view.quoted(k) && view.isAgent(m)) {
                    Mention head = agents.head(view, m);
                    if (head.matchType() == MatchType.DEMONYM) {
                        // "Ukrainian soldiers", "former Soviet states" name people, not a party
                        k = view.endToken(head) - 1;
                        continue;
                    }
                    if (!ids.contains(head.entityId())) {
                        ids.add(head.entityId());
                    }
                    k = view.endToken(head) - 1;
                }
            }
            return ids;
        }

        List<String> window(SentenceView view, int from, int to) {
            return agentsIn(view, from, to, false);
        }

        String place(SentenceView view, Phrases.Match<EventKind> t) {
            for (int k = Math.max(0, t.start() - 6); k < Math.min(view.size(), t.end() + 10); k++) {
                if (!Set.of("in", "at", "near").contains(view.word(k))) {
                    continue;
                }
                Mention m = view.mentionAt(k + 1);
                if (m != null && (view.kind(m) == Kind.SETTLEMENT || view.kind(m) == Kind.REGION)
                        && m.matchType() != MatchType.METONYM) {
                    return m.entityId();
                }
            }
            return null;
        }

        // ------------------------------------------------------------------ casualties

        void casualties(SentenceView view, int start, List<Claim> said) {
            boolean death = false;
            for (int k = start; k < view.size(); k++) {
                death |= lexicon.casualties().at(view.words(), k).map(m -> m.value().role() == CasualtyRole.DEATH)
                        .orElse(false);
            }
            if (!death) {
                return;
            }
            for (int i = start; i < view.size(); i++) {
                Integer count = number(view, i);
                String qualifier = "";
                int phraseStart = i;
                int after = count == null ? i + 1 : numberEnd(view, i);
                Optional<Phrases.Match<CasualtyWord>> q = lexicon.casualties().endingAt(view.words(), i);
                if (count == null) {
                    Optional<Phrases.Match<CasualtyWord>> unknown = lexicon.casualties().at(view.words(), i);
                    if (unknown.isEmpty() || unknown.get().value().role() != CasualtyRole.QUALIFIER
                            || !unknown.get().value().text().contains("unknown")) {
                        continue;
                    }
                    qualifier = "unknown number";
                    after = unknown.get().end();
                } else if (q.isPresent() && q.get().value().role() == CasualtyRole.QUALIFIER) {
                    qualifier = view.text(q.get().start(), q.get().end()).toLowerCase(java.util.Locale.ROOT);
                    phraseStart = q.get().start();
                }
                String victims = null;
                int end = -1;
                for (int k = after; k < Math.min(view.size(), after + 4); k++) {
                    Mention m = view.mentionAt(k);
                    if (m != null && view.kind(m) == Kind.COUNTRY) {
                        victims = m.entityId();
                        if (m.matchType() == MatchType.DEMONYM && m.surface().endsWith("s")) {
                            end = view.endToken(m);
                            break;
                        }
                        k = view.endToken(m) - 1;
                        continue;
                    }
                    if (lexicon.casualties().at(view.words(), k).map(c -> c.value().role() == CasualtyRole.VICTIM)
                            .orElse(false)) {
                        end = k + 1;
                        break;
                    }
                }
                if (end < 0) {
                    continue;
                }
                Claim claim = claimAround(view, said, i);
                String reportedBy = claim != null ? claim.claimant() : in.publisher();
                casualties.add(new Casualties(count, qualifier, victims, reportedBy,
                        view.evidence(phraseStart, end, "casualties")));
                i = end - 1;
            }
        }

        /**
         * A count at token {@code i}: digits (not a year), digits in thousands groups ("70,000"), or a
         * number word; null inside a thousands group.
         */
        Integer number(SentenceView view, int i) {
            String w = view.word(i);
            if (SentenceView.digits(w, 3, 3) && view.word(i - 1).equals(",") && SentenceView.digits(view.word(i - 2), 1, 3)) {
                return null;
            }
            if (SentenceView.digits(w, 1, 3) && numberEnd(view, i) > i + 1) {
                StringBuilder digits = new StringBuilder(w);
                for (int k = i + 1; k + 1 < numberEnd(view, i); k += 2) {
                    digits.append(view.word(k + 1));
                }
                return digits.length() <= 9 ? Integer.parseInt(digits.toString()) : null;
            }
            if (SentenceView.digits(w, 1, 4) && !(w.length() == 4 && w.compareTo("1800") > 0)) {
                return Integer.parseInt(w);
            }
            return lexicon.casualties().at(view.words(), i).filter(m -> m.value().role() == CasualtyRole.NUMBER
                    && m.end() == i + 1).map(m -> m.value().value()).orElse(null);
        }

        /** The token after the number starting at {@code i}: past its ",000" groups, if any. */
        int numberEnd(SentenceView view, int i) {
            int k = i + 1;
            while (view.word(k).equals(",") && SentenceView.digits(view.word(k + 1), 3, 3)
                    && view.tokens().get(k).start() == view.tokens().get(k - 1).end()
                    && view.tokens().get(k + 1).start() == view.tokens().get(k).end()) {
                k += 2;
            }
            return k;
        }

        String idOf(Mention m) {
            return m == null ? null : m.entityId();
        }
    }
}
