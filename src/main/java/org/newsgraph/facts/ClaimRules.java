package org.newsgraph.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.lexicon.Lexicon.EventKind;
import org.newsgraph.lexicon.Lexicon.SpeechType;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.lexicon.Phrases;
import org.newsgraph.model.Facts.Claim;
import org.newsgraph.model.Facts.Event;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * The claim rules: "X said (that) …", "…, X said", "X accused Y of …", "X denied …", "X urged Y to
 * stop its provocations", "X condemned Y's attack on …" and "X made clear that …" (rule {@code claim-}
 * and the verb's kind of {@code speech-verbs.csv}), and "according to X, …" (rule {@code claim-according-to}); the claimant
 * is the verb's subject ({@link Agents#subjectOf}), the accused the verb's object, the attacker of an
 * attack the claim tells, or the party a blame word of {@code relation-cues.csv} names. An attack the
 * claim tells is that claim's content: the rules return it with the claims ({@link Said#attacks}),
 * it is not the article's own report. A call blames its addressee through "its" or "their" before
 * a blame word ({@code addressee-possessives.csv}: "urged Armenia to stop its provocations"). A
 * condemnation blames the party it names, as object or as the attacker of the attack condemned; one
 * that names none ("condemned the violence") is no claim. No
 * claim from words all in quotation marks that blame nobody (those are quotations), nor from a
 * call that blames nobody. A transcript line's statement ("MS SMITH: We are concerned.",
 * {@link Transcripts}) is its speaker's claim (rule {@code claim-transcript}) when it blames, tells an attack or
 * states "that …"; a question, a line of a few words ("Thank you.") or one that only talks ("Let's go to
 * Russia.") is none.
 *
 * <pre>{@code
 * ClaimRules rules = new ClaimRules(lexicon, new SpeechVerbs(lexicon), new Attacks(lexicon));
 * ClaimRules.Said said = rules.find(view, start, discourse);
 * said.claims();   // the claims, in the order of their verbs
 * said.attacks();  // the attacks they tell, each pointing at its claim
 * }</pre>
 */
final class ClaimRules {
    /**
     * What a sentence's claimants say.
     *
     * @param claims  the claims
     * @param attacks the attacks the claims tell, each with its claim
     */
    record Said(List<Claim> claims, List<Event> attacks) {
        Said {
            claims = List.copyOf(claims);
            attacks = List.copyOf(attacks);
        }
    }

    private final Lexicon lexicon;
    private final SpeechVerbs verbs;
    private final Attacks attacks;
    private final Blame blame;
    private final Responsibility claimedLater;
    private final CondemnedParty condemned;
    private final Set<String> objectPronouns;
    private final Set<String> passives;
    private final Set<String> responsibility;
    private final Set<String> reciprocal;
    /** Plural nouns for people whose colon opens a list of the accused ({@code list-heads.csv}). */
    private final Set<String> listHeads;
    private final DeedObjects deedObjects;
    private final HeldResponsible frames;
    private final Summons summons;
    private final Set<String> asideVerbs;
    private final NominalSpeech nominal;

    ClaimRules(Lexicon lexicon, SpeechVerbs verbs, Attacks attacks) {
        this.verbs = verbs;
        this.attacks = attacks;
        this.lexicon = lexicon;
        this.blame = new Blame(lexicon);
        this.claimedLater = new Responsibility(lexicon);
        this.condemned = new CondemnedParty(lexicon);
        this.objectPronouns = lexicon.words("object-pronouns.csv");
        this.passives = lexicon.words("passive-auxiliaries.csv");
        this.responsibility = lexicon.words("responsibility-cues.csv");
        this.reciprocal = lexicon.words("reciprocal-accusations.csv");
        this.listHeads = lexicon.words("list-heads.csv");
        this.deedObjects = new DeedObjects(lexicon);
        this.frames = new HeldResponsible(lexicon);
        this.summons = new Summons(lexicon);
        this.asideVerbs = lexicon.words("aside-verbs.csv");
        this.nominal = new NominalSpeech(lexicon);
    }

    /** The claims of sentence {@code view} from token {@code start}; each claimant is recorded in {@code discourse}. */
    Said find(SentenceView view, int start, Discourse discourse) {
        discourse.named(view);
        List<Claim> found = new ArrayList<>();
        Transcripts.Line line = discourse.transcriptLine(view, start);
        List<Event> told = new ArrayList<>();
        if (line != null && !line.press() && line.to() - line.from() >= 4 && !view.word(line.to() - 1).equals("?")) {
            // a transcript line states what its speaker says (rule claim-transcript), with the attack it tells and
            // whom it blames; a question states nothing
            Claim said = claim(view, line.speaker(), new int[] {line.from(), line.to()}, null, null, null,
                    "claim-transcript", discourse, told);
            if (said != null && (said.accused() != null || !told.isEmpty() || line.states(view))) {
                found.add(said);   // what blames, tells an attack or states that …; the rest is quoted only
            }
        }
        Claim spoken = found.isEmpty() ? null : found.get(0);
        List<int[]> contents = new ArrayList<>();
        Agents agents = discourse.agents();
        String according = null;
        int accordingAt = -1;
        for (int i = start; i + 1 < view.size(); i++) {
            if (!view.quoted(i) && view.word(i).equals("according") && view.word(i + 1).equals("to")) {
                int end = i + 2;
                while (end < Math.min(view.size(), i + 8) && !view.word(end).equals(",") && !view.word(end).equals(".")) {
                    end++;   // the source is named in the phrase: "According to officials, Ruritanian troops …" names none
                }
                Mention source = agents.firstAgent(view, i + 2, end);
                if (source != null) {
                    according = source.entityId();
                    accordingAt = i;
                }
                break;
            }
        }
        String previousSubject = null;
        int asideAt = asideEnd(view, start);   // where the clause after "As Jane Roe reports, …" starts, or -1
        String introduces = null;   // who speaks the words after the sentence's colon
        List<Phrases.Match<SpeechType>> inSentence = verbs.in(view, start);
        for (Phrases.Match<SpeechType> verb : inSentence) {
            if (view.word(verb.end()).equals(":") && verb.end() + 1 == view.size()) {
                // "In a letter to the council, Jane Roe wrote:": her words follow the colon, what stands before is none
                introduces = Speakers.of(view, verb, line != null ? Math.max(start, line.from()) : start,
                        verbs.postposed(view, verb), discourse);
                continue;
            }
            // "…, Ruritanian officials said, blaming the Front": the participle right after the claim blames for it too
            boolean after = view.word(verb.start()).endsWith("ing") && view.word(verb.start() - 1).equals(",")
                    && !contents.isEmpty() && contents.get(contents.size() - 1)[1] == verb.start() - 1;
            if ((inside(contents, verb.start()) || after) && verb.value() == SpeechType.ACCUSE && !found.isEmpty()
                    && found.get(found.size() - 1).accused() == null) {
                // "Morales says he is expelling the agency, accusing it of …": the claim blames whom it accuses
                Claim last = found.get(found.size() - 1);
                String blamed = object(view, verb, start, last.claimant(), agents);
                if (blamed != null && !blamed.equals(last.claimant())) {
                    Claim blaming = new Claim(last.claimant(), last.content(), blamed, last.reportedBy(), last.evidence());
                    found.set(found.size() - 1, blaming);
                    retell(told, last, blaming, blamed);   // the attack it told is the blamed party's
                }
                continue;
            }
            if (inside(contents, verb.start())) {
                continue;
            }
            // "reaffirmed support for Ruritania in the face of Borduria's aggression", "discussed Borduria's
            // provocations": without a that-clause a stating verb is about an act, a claim only where it blames
            if (verb.start() < asideAt) {
                // "As Jane Roe reports from Nairobi, Ruritania's president accused …": the reporter tells, the
                // clause after the comma is what is told and has a subject of its own
                continue;
            }
            boolean act = verb.value() == SpeechType.STATE && !view.word(verb.end()).equals("that");
            if ((verb.value() == SpeechType.ACCUSE || verb.value() == SpeechType.CONDEMN)
                    && passives.contains(view.word(verb.start() - 1)) && !view.word(verb.start()).endsWith("ing")) {
                continue;   // "the party had been accused of training militias": the party is accused, not accusing
            }
            if (verb.value() == SpeechType.ACCUSE && view.word(verb.end() - 1).endsWith("ed")
                    && Set.of("of", "for").contains(view.word(verb.end()))) {
                continue;   // "a man accused of spying", "the group blamed for the attack": accused, with no accuser
            }
            int clause = accordingAt >= 0 && accordingAt <= start + 1
                    ? ClaimSpans.afterAccording(view, accordingAt) : line != null ? Math.max(start, line.from()) : start;
            clause = Math.max(clause, asideAt);
            boolean postposed = verbs.postposed(view, verb);
            // "…, she added that", "…, Ruritanian officials said, blaming the Front": the participle shares the subject
            boolean continuing = (view.word(verb.start()).startsWith("add") || view.word(verb.start()).endsWith("ing"))
                    && view.word(verb.start() - 1).equals(",");
            String subject = continuing && previousSubject != null ? previousSubject
                    : Speakers.of(view, verb, clause, postposed, discourse);
            boolean mutual = CoSubjects.reciprocal(view, verb.end())
                    || reciprocal.contains(view.text(verb.start(), verb.end()).toLowerCase(Locale.ROOT));
            if (subject == null) {
                // "the two sides traded accusations": the last two parties joined by "and"
                found.addAll(discourse.sides().accuse(view, verb, mutual));
                continue;
            }
            previousSubject = subject;
            int limit = accordingAt > verb.end() ? accordingAt : view.size();
            if (verb.value() == SpeechType.CONDEMN) {
                limit = Math.min(limit, nextVerb(view, inSentence, verb));   // "condemned X and noted that …"
            }
            int[] content = postposed ? ClaimSpans.before(view, verb, clause)
                    : ClaimSpans.after(view, verb, limit, verbs);
            if (content == null) {
                continue;
            }
            String object = object(view, verb, start, subject, agents);
            if (object == null && verb.value() == SpeechType.ACCUSE && view.word(verb.end()).equals("the")
                    && lexicon.memberNouns().contains(view.word(verb.end() + 1))) {
                // "Front militants attacked … Ruritania accused the militants of …": the group named with them
                object = discourse.organisation(view.word(verb.end() + 1));
            }
            String accused = verb.value() == SpeechType.ACCUSE || verb.value() == SpeechType.CONDEMN ? object : null;
            if (accused == null && verb.value() == SpeechType.CONDEMN) {
                accused = discourse.deeds().ownerOf(view, verb.end());   // "condemned the launch": whose launch it was
            }
            Claim claim = claim(view, subject, content, accused, according != null && !according.equals(subject)
                    ? according : null, verb.value() == SpeechType.URGE ? object : null,
                    "claim-" + verb.value().name().toLowerCase(Locale.ROOT), discourse, told);
            if (act && (claim == null || claim.accused() == null || !deedObjects.inObject(view, verb.end(), claim.accused()))) {
                if (claim != null && !told.isEmpty() && claim.equals(told.get(told.size() - 1).claim())) {
                    told.remove(told.size() - 1);
                }
                continue;   // an act that blames nobody says nothing, and the verbs in its words still speak
            }
            contents.add(new int[] {Math.min(verb.start(), content[0]), Math.max(verb.end(), content[1])});
            boolean blames = verb.value() == SpeechType.URGE || verb.value() == SpeechType.CONDEMN;
            boolean accusing = verb.value() == SpeechType.ACCUSE || verb.value() == SpeechType.CONDEMN || act;
            List<CoSubjects.Party> parties = accusing && !postposed ? CoSubjects.before(view, verb.start(), clause, lexicon)
                    : List.of();
            if (mutual && parties.isEmpty() && claim != null && !postposed) {
                // "Ruritania traded accusations with Borduria"
                int at = view.firstTokenOf(subject, clause, verb.start());
                parties = CoSubjects.with(view, verb.end(), new CoSubjects.Party(subject, Math.max(at, clause)));
            }
            List<Claim> joint = claim == null || parties.isEmpty() ? List.of()
                    : joint(view, claim, parties, mutual, content[1]);
            if (!joint.isEmpty()) {
                found.addAll(joint);
                if (mutual) {
                    mutualAttacks(told, claim, joint);
                }
            } else if (claim != null && (!blames || claim.accused() != null)) {
                found.add(claim);
                if (verb.value() == SpeechType.ACCUSE) {
                    found.addAll(others(view, claim, discourse.sides().orPairAt(view, verb.end(),
                            CoSubjects.after(view, verb.end(), lexicon, agents)), content[1]));
                    // "designated Jane Roe and six officials: John Doe, Ivo Brandt and Petra Sulc"
                    found.addAll(others(view, claim, CoSubjects.listAfterColon(view, verb.end(), content[1], listHeads,
                            agents), content[1]));
                } else if (verb.value() == SpeechType.CONDEMN && claim.accused() != null) {
                    // "condemns the announcement by Jane Roe and Prime Minister John Doe": both are blamed
                    int at = view.firstTokenOf(claim.accused(), verb.end(), content[1]);
                    if (at >= 0) {
                        found.addAll(others(view, claim, CoSubjects.after(view, at, lexicon, agents), content[1]));
                    }
                }
            } else if (claim != null && !told.isEmpty() && claim.equals(told.get(told.size() - 1).claim())) {
                Event own = told.remove(told.size() - 1);   // the article's own report, not the dropped claim's
                String sole = discourse.soleAttacker();
                if (verb.value() == SpeechType.CONDEMN && sole != null && !sole.equals(subject)) {
                    // "X condemned the attack on its facilities" after attacks the article gave one attacker
                    found.add(new Claim(claim.claimant(), claim.content(), sole, claim.reportedBy(), claim.evidence()));
                    told.add(new Event(own.kind(), own.participants(), own.attacker(), own.targets(), own.place(),
                            own.date(), null, own.evidence()));
                } else if (verb.value() == SpeechType.CONDEMN) {
                    discourse.unblamed(claim, view.sentence().index());   // who claims the attack may come next
                }
            } else if (claim != null && verb.value() == SpeechType.CONDEMN && claim.accused() == null
                    && lexicon.triggers().all(view.words(), content[0], content[1]).stream()
                            .anyMatch(t -> t.value() == EventKind.ATTACK)) {
                discourse.unblamed(claim, view.sentence().index());   // an attack with no party named at all
            }
        }
        for (NominalSpeech.Said said : nominal.in(view, start, agents)) {
            if (!inside(contents, said.content()[0])) {
                // "the Front's announcement that its fighters carried out the bombing"
                Claim claim = claim(view, said.claimant(), said.content(), null, null, null, NominalSpeech.RULE,
                        discourse, told);
                if (claim != null) {
                    found.add(claim);
                    contents.add(said.content());
                }
            }
        }
        List<int[]> framed = new ArrayList<>();   // a frame's words, outside the claims' once all frames are read
        List<HeldResponsible.Frame> accusing = new ArrayList<>(frames.in(view, start, agents));
        accusing.addAll(summons.in(view, start, agents));
        for (HeldResponsible.Frame frame : accusing) {
            Claim last = found.isEmpty() ? null : found.get(found.size() - 1);
            if (inside(contents, frame.content()[0]) && last != null && last.accused() == null
                    && !frame.accused().equals(last.claimant())) {
                // "Ruritania said it holds Borduria responsible for …": the claim blames whom it holds responsible
                found.set(found.size() - 1, new Claim(last.claimant(), last.content(), frame.accused(),
                        last.reportedBy(), last.evidence()));
            } else if (!inside(contents, frame.content()[0])) {
                // "Ruritania held Borduria responsible for …", "Borduria was accused by Ruritania of …"
                Claim claim = claim(view, frame.accuser(), frame.content(), frame.accused(), null, null, frame.rule(),
                        discourse, told);
                found.add(claim);
                framed.add(frame.content());
                if (frame.rule().equals(Summons.RULE)) {
                    // "summoned Borduria's envoy to protest shelling that killed three soldiers": Borduria's shelling,
                    // dated by the words protested alone ("on Tuesday summoned …" is when the summons was)
                    retell(told, claim, claim, frame.accused());
                    java.time.temporal.Temporal own = discourse.dates()
                            .resolve(view, frame.content()[0], frame.content()[1]).orElse(null);
                    told.replaceAll(e -> !claim.equals(e.claim()) ? e : new Event(e.kind(), e.participants(),
                            e.attacker(), e.targets(), e.place(), own, e.claim(), e.evidence()));
                }
            }
        }
        contents.addAll(framed);
        if (according != null && found.isEmpty()) {
            int[] content = accordingAt <= start + 1
                    ? new int[] {ClaimSpans.afterAccording(view, accordingAt), SpeechVerbs.end(view)}
                    : new int[] {start, accordingAt > 0 && view.word(accordingAt - 1).equals(",") ? accordingAt - 1
                            : accordingAt};
            if (content[1] > content[0]) {
                Claim claim = claim(view, according, content, null, null, null, "claim-according-to", discourse, told);
                if (claim != null && claim.accused() != null && claim.evidence() != null) {
                    claim = new Claim(claim.claimant(), claim.content(), null, null, claim.evidence());
                    replaceLastClaim(told, claim);
                }
                if (claim != null) {
                    found.add(claim);
                }
            }
        }
        Transcripts.settle(found, spoken);
        for (Claim c : found) {
            discourse.quoted(c.claimant(), view.sentence().index());
        }
        if (introduces != null) {
            discourse.quoted(introduces, view.sentence().index());   // the speaker of the words after the colon
        }
        Claim blaming = claimedLater.later(view, start, discourse);
        if (blaming != null) {
            found.add(blaming);
        }
        return new Said(found, told);
    }

    /**
     * Parties that accuse each other of an attack on their own side ("Ruritania and Borduria accused the other of
     * shelling their towns") tell two attacks: each accused party's on its accuser. The attack told for the verb's
     * claim, at {@code told}'s end, becomes one for every claim of {@code joint}; none when it was on another target.
     */
    private static void mutualAttacks(List<Event> told, Claim claim, List<Claim> joint) {
        if (told.isEmpty() || !claim.equals(told.get(told.size() - 1).claim())) {
            return;
        }
        Event attack = told.get(told.size() - 1);
        if (attack.attacker() != null || !attack.targets().equals(List.of(claim.claimant()))) {
            return;   // "accused each other of attacking Carpathia": not each other's attack
        }
        told.remove(told.size() - 1);
        for (Claim c : joint) {
            if (c.accused() != null) {
                told.add(new Event(attack.kind(), List.of(c.accused(), c.claimant()), c.accused(), List.of(c.claimant()),
                        attack.place(), attack.date(), c, attack.evidence()));
            }
        }
    }

    /**
     * The claims of a coordinated subject ("Ruritania and Borduria accuse Carpathia of …"): the
     * verb's claim for its subject, and one for every other party, whose evidence runs from the
     * party's name to the claim's end (a claim has one claimant). Parties that accuse "each other"
     * blame the other party, or each other party; a claim that blames nobody is dropped.
     */
    private static List<Claim> joint(SentenceView view, Claim claim, List<CoSubjects.Party> parties, boolean mutual,
            int end) {
        List<Claim> claims = new ArrayList<>();
        for (CoSubjects.Party party : parties) {
            List<String> blamed = mutual ? parties.stream().map(CoSubjects.Party::entityId)
                    .filter(id -> !id.equals(party.entityId())).distinct().toList()
                    : claim.accused() == null || claim.accused().equals(party.entityId()) ? List.of()
                    : List.of(claim.accused());
            for (String accused : blamed) {
                boolean own = party.entityId().equals(claim.claimant()) && claims.stream()
                        .noneMatch(c -> c.evidence().equals(claim.evidence()));
                var evidence = own ? claim.evidence() : view.evidence(party.first(), end, claim.evidence().rule());
                if (claims.stream().noneMatch(c -> c.evidence().equals(evidence))) {
                    claims.add(new Claim(party.entityId(), claim.content(), accused, claim.reportedBy(), evidence));
                }
            }
        }
        return claims;
    }

    /**
     * The claims of a coordinated object after the claim's own ("accused him, Jane Roe and John Doe of
     * …"): one for every other party it accuses, whose evidence runs from the party's name to the
     * claim's end.
     */
    private static List<Claim> others(SentenceView view, Claim claim, List<CoSubjects.Party> parties, int end) {
        List<Claim> claims = new ArrayList<>();
        for (CoSubjects.Party party : parties) {
            if (!party.entityId().equals(claim.claimant()) && !party.entityId().equals(claim.accused())) {
                claims.add(new Claim(claim.claimant(), claim.content(), party.entityId(), claim.reportedBy(),
                        view.evidence(party.first(), end, claim.evidence().rule())));
            }
        }
        return claims;
    }

    /**
     * The party verb {@code verb} of speaker {@code speaker} is about: what a condemnation names
     * ({@link CondemnedParty}), else the first party right after the verb, else for an accusing verb the
     * party an object pronoun stands for ("…, accusing it of …", {@link #partyBefore}); or null.
     */
    private String object(SentenceView view, Phrases.Match<SpeechType> verb, int start, String speaker, Agents agents) {
        boolean pronoun = verb.value() == SpeechType.ACCUSE && objectPronouns.contains(view.word(verb.end()));
        String before = pronoun ? partyBefore(view, start, verb.start(), speaker) : null;
        if (before != null) {
            return before;   // "… accused him, Mayor Jane Roe and …": he first, the others after
        }
        String person = pronoun ? agents.personObject(view.word(verb.end())) : null;
        if (person != null && !person.equals(speaker)) {
            return person;   // "Roe spoke on Monday. Later, police accused him of …": Roe
        }
        if (verb.value() == SpeechType.ACCUSE) {
            DeedObjects.OnParty on = deedObjects.blamedOn(view, verb.end(), agents);
            if (on != null) {
                return on.entityId();   // "blamed the bombing on Ruritania"; none "on a Ruritanian man"
            }
        }
        Mention m = verb.value() == SpeechType.CONDEMN ? condemned.after(view, verb.end(), agents)
                : agents.firstAgentAfter(view, verb.end(), 4);
        return m != null ? m.entityId() : null;
    }

    /**
     * The party an object pronoun after an accusing verb stands for: the last party named before the
     * verb in the sentence that is not the accuser ("Morales is expelling the agency, accusing it of
     * …"); null when there is none.
     */
    private static String partyBefore(SentenceView view, int from, int verb, String accuser) {
        String party = null;
        for (int k = from; k < verb; k++) {
            Mention m = view.mentionAt(k);
            if (m != null && !view.quoted(k) && view.isAgent(m) && !m.entityId().equals(accuser)) {
                party = m.entityId();
                k = view.endToken(m) - 1;
            }
        }
        return party;
    }

    /** Where the verb after {@code verb} starts, without the "and" before it; the sentence's end when none. */
    private static int nextVerb(SentenceView view, List<Phrases.Match<SpeechType>> verbs, Phrases.Match<SpeechType> verb) {
        for (Phrases.Match<SpeechType> next : verbs) {
            if (next.start() >= verb.end()) {
                return view.word(next.start() - 1).equals("and") ? next.start() - 1 : next.start();
            }
        }
        return view.size();
    }

    /** The claim of {@code said} whose content holds token {@code token}, or null. */
    static Claim around(SentenceView view, List<Claim> said, int token) {
        int at = view.startOf(token);
        return said.stream().filter(c -> at >= c.evidence().start() && at < c.evidence().end()).findFirst()
                .orElse(null);
    }

    /**
     * A source cited with "according to" reports; it does not accuse. The attack told in the claim
     * keeps pointing at the claim.
     */
    private static void replaceLastClaim(List<Event> told, Claim claim) {
        if (!told.isEmpty()) {
            Event last = told.get(told.size() - 1);
            if (last.claim() != null && last.claim().evidence().equals(claim.evidence())) {
                told.set(told.size() - 1, new Event(last.kind(), last.participants(), last.attacker(),
                        last.targets(), last.place(), last.date(), claim, last.evidence()));
            }
        }
    }

    /** How many tokens an aside of reporting may take ("As Jane Roe reports from Nairobi,"). */
    private static final int ASIDE = 10;

    /**
     * Where the clause after an aside of reporting starts: the sentence opens with "As", and a verb of
     * {@code aside-verbs.csv} stands before the first comma, within {@value #ASIDE} tokens ("As Jane Roe reports
     * from Nairobi, …", "As the ministry noted, …"); else -1. The aside says nothing itself, and the words after it
     * have a subject of their own.
     */
    private int asideEnd(SentenceView view, int start) {
        if (!view.word(start).equals("as") || view.quoted(start)) {
            return -1;
        }
        boolean verb = false;
        for (int k = start + 1; k < Math.min(view.size(), start + ASIDE); k++) {
            if (view.word(k).equals(",")) {
                return verb ? k + 1 : -1;
            }
            verb |= asideVerbs.contains(view.word(k));
        }
        return -1;
    }

    /**
     * The attacks told in claim {@code of}, now told in {@code now}: one that names no attacker of its own is
     * {@code blamed}'s ("…, officials said, blaming the Front"), and the blamed party is none of its targets.
     */
    private static void retell(List<Event> told, Claim of, Claim now, String blamed) {
        told.replaceAll(e -> !of.equals(e.claim()) ? e : e.attacker() != null
                ? new Event(e.kind(), e.participants(), e.attacker(), e.targets(), e.place(), e.date(), now, e.evidence())
                : new Event(e.kind(), prepend(blamed, e.participants()), blamed,
                        e.targets().stream().filter(t -> !t.equals(blamed)).toList(), e.place(), e.date(), now,
                        e.evidence()));
    }

    private static List<String> prepend(String id, List<String> ids) {
        List<String> all = new ArrayList<>(List.of(id));
        ids.stream().filter(x -> !x.equals(id)).forEach(all::add);
        return all;
    }

    private static boolean inside(List<int[]> ranges, int i) {
        return ranges.stream().anyMatch(r -> i >= r[0] && i < r[1]);
    }

    /**
     * Whether the words tell that the attacker itself claimed the attack ({@code responsibility-cues.csv}:
     * "the group had claimed Monday's attack"): who reports that accuses nobody.
     */
    private boolean admitted(SentenceView view, int[] content) {
        for (int k = content[0]; k < content[1]; k++) {
            if (responsibility.contains(view.word(k))) {
                return true;
            }
        }
        return false;
    }

    /** The claim of {@code claimant} over tokens {@code content}; the attack it tells goes to {@code told}. */
    private Claim claim(SentenceView view, String claimant, int[] content, String accused, String reportedBy,
            String addressee, String rule, Discourse discourse, List<Event> told) {
        boolean allQuoted = true;
        for (int k = content[0]; k < content[1]; k++) {
            allQuoted &= view.quoted(k) || !view.tokens().get(k).isWord();
        }
        Event attack = attacks.in(view, content[0], content[1], claimant, accused, discourse);
        String blamed = accused != null ? accused : attack != null && attack.attacker() != null
                && !attack.attacker().equals(claimant) && !admitted(view, content) ? attack.attacker()
                : blame.in(view, content[0], content[1], addressee, discourse);
        if (blamed != null && blamed.equals(claimant)) {
            blamed = null;
        }
        if (allQuoted && blamed == null && attack == null) {
            return null;
        }
        String text = view.text(content[0], content[1]);
        Claim claim = new Claim(claimant, text, blamed, reportedBy, view.evidence(content[0], content[1], rule));
        if (attack != null) {
            told.add(new Event(attack.kind(), attack.participants(), attack.attacker(), attack.targets(),
                    attack.place(), attack.date(), claim, attack.evidence()));
        }
        return claim;
    }
}
