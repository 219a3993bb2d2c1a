package org.newsgraph.discover.persons;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The person rules, in the order they are tried. A name is judged by the rules of {@link #BY_SHAPE} in
 * order, the first that matches naming it; the credit rule reads byline and credit lines before them,
 * the namesake rule reads names before a known person's surname, and the surname rule maps later
 * mentions of a surname alone to the person found. Every name here is a row of
 * {@code data/rules/rule-ids.csv}.
 *
 * <pre>{@code
 * Optional<PersonRule> rule = PersonRules.first(name, cues);
 * }</pre>
 */
public final class PersonRules {
    /** The rules that judge a name by its surroundings, in the order they are tried. */
    public static final List<PersonRule> BY_SHAPE = List.of(new AfterTitle(), new AfterRole(), new ListLine(), new SpeakerLine(), new Seat(), new Apposition(), new Speaker(),
            new Doer(), new AccordingTo(), new Patient(), new Enumerated(), new Honorific(), new Age());

    private PersonRules() {
    }

    /**
     * The first rule of {@link #BY_SHAPE} that finds a person in {@code name}; none for a name right after a noun
     * for an organisation ({@link Cues#organisationNounBefore}) or the words by which a group names itself
     * ({@link Cues#selfNamedBefore}).
     */
    public static Optional<PersonRule> first(NameSpan name, Cues cues) {
        if (cues.organisationNounBefore(name.view(), name.start()) || cues.selfNamedBefore(name.view(), name.start())) {
            return Optional.empty();   // "the newspaper La Vanguardia reported", "rebels calling themselves …": an organisation's name
        }
        return BY_SHAPE.stream().filter(r -> r.matches(name, cues)).findFirst();
    }

    /** The ids of every person rule: the credit rule, the rules by shape, the namesake, surname and transcript-label rules. */
    public static List<String> names() {
        return Stream.of(Stream.of(Credits.NAME), BY_SHAPE.stream().map(PersonRule::name),
                Stream.of(Namesakes.NAME, Surnames.NAME, TranscriptLabels.NAME)).flatMap(s -> s).toList();
    }
}
