package org.newsgraph.model;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsgraph.lexicon.Lexicon.EventKind;

/**
 * The statement records the extractors produce. Entities are referred to by id (a gazetteer id
 * or the id of a person found in the article).
 */
public final class Facts {
    private Facts() {
    }

    /**
     * A person holds a title, of a country or organisation when the text says which.
     *
     * @param person   the holder
     * @param title    canonical title ("Foreign Minister")
     * @param of       the country or organisation, or null
     * @param evidence where it is stated
     */
    public record Position(String person, String title, String of, Evidence evidence) {
        public Position {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(evidence, "evidence");
        }
    }

    /** Relations between two entities. */
    public enum RelationType {
        MEMBER_OF("memberOf"), NOT_MEMBER_OF("notMemberOf"), ALLY_OF("allyOf"), SUPPORTS("supports"),
        LEADS("leads"), LOCATED_IN("locatedIn");

        private final String label;

        RelationType(String label) {
            this.label = label;
        }

        /** The name used in RDF and queries. */
        public String label() {
            return label;
        }
    }

    /**
     * A stated relation.
     *
     * @param subject  first party
     * @param type     the relation
     * @param object   second party
     * @param evidence where it is stated
     */
    public record Relation(String subject, RelationType type, String object, Evidence evidence) {
        public Relation {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(object, "object");
            Objects.requireNonNull(evidence, "evidence");
        }
    }

    /**
     * Words in quotation marks and who said them.
     *
     * @param speaker  person or organisation quoted, or null when no speaker could be found
     * @param text     the words inside the marks
     * @param evidence the span of those words
     */
    public record Quotation(String speaker, String text, Evidence evidence) {
        public Quotation {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(evidence, "evidence");
        }
    }

    /**
     * Something a party says is so ("X said …", "according to X, …", "X accused Y of …").
     *
     * @param claimant   who says it
     * @param content    what is claimed
     * @param accused    the party blamed, or null
     * @param reportedBy who relays the claim ("according to Reuters, Armenia said …"), or null
     * @param evidence   the span of the content
     */
    public record Claim(String claimant, String content, String accused, String reportedBy, Evidence evidence) {
        /** The rule of a condemnation ("France condemned Ruritania's shelling of …"). */
        public static final String CONDEMNATION = "claim-condemn";
        /**
         * The rule of a statement's own blame, in a sentence of a statement nobody speaks in ("The threat posed by
         * Ruritania's reckless tests could not be clearer"): a condemnation in the statement's voice.
         */
        public static final String OWN_BLAME = "claim-statement-voice";
        /** The rule of a call on a party to act ("Ruritania urged Borduria to withdraw"). */
        public static final String CALL = "claim-urge";

        public Claim {
            Objects.requireNonNull(claimant, "claimant");
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(evidence, "evidence");
        }

        /** Whether the claim is a condemnation: blame on a named party, not a statement of what is so. */
        public boolean condemnation() {
            return CONDEMNATION.equals(evidence.rule()) || OWN_BLAME.equals(evidence.rule());
        }

        /** Whether the claim is a call on a party to act: what the claimant wants done, not what it says is so. */
        public boolean call() {
            return CALL.equals(evidence.rule());
        }
    }

    /**
     * Something that happened, as the text tells it; inside a claim it is that claim's content,
     * not a fact.
     *
     * @param kind         attack, clash, ceasefire, meeting or statement
     * @param participants the parties taking part
     * @param attacker     for attacks, who attacked (when said), else null
     * @param targets      for attacks, what was attacked
     * @param place        where, or null
     * @param date         when (a LocalDate or YearMonth), or null
     * @param claim        the claim that reports it, or null when the article reports it itself
     * @param evidence     where the trigger word stands
     */
    public record Event(EventKind kind, List<String> participants, String attacker, List<String> targets,
            String place, Temporal date, Claim claim, Evidence evidence) {
        public Event {
            Objects.requireNonNull(kind, "kind");
            participants = List.copyOf(participants);
            targets = List.copyOf(targets);
            Objects.requireNonNull(evidence, "evidence");
        }
    }

    /**
     * A count of people killed.
     *
     * @param count      how many, or null when the text says the number is unknown
     * @param qualifier  "at least", "more than" …, or ""
     * @param victims    the side the dead belonged to, or null
     * @param reportedBy who reports the count, or null when the article does itself
     * @param evidence   the span of the count
     */
    public record Casualties(Integer count, String qualifier, String victims, String reportedBy, Evidence evidence) {
        public Casualties {
            Objects.requireNonNull(qualifier, "qualifier");
            Objects.requireNonNull(evidence, "evidence");
        }
    }

    /**
     * The article's own people and dateline, from its byline, credit lines and dateline.
     *
     * @param authors       person ids from the byline
     * @param contributors  person ids from "additional reporting by …"
     * @param editors       person ids from "edited by …"
     * @param datelinePlace the dateline's place id, or null
     * @param datelineDate  the dateline's date, or null
     * @param credits       indexes of byline and credit sentences (no story facts come from them)
     * @param roles         sentence index to its role when it is not body text
     * @param headline      the headline line of the text, or null
     */
    public record Structure(List<String> authors, List<String> contributors, List<String> editors,
            String datelinePlace, LocalDate datelineDate, List<Integer> credits, Map<Integer, SentenceRole> roles,
            String headline) {
        public Structure {
            authors = List.copyOf(authors);
            contributors = List.copyOf(contributors);
            editors = List.copyOf(editors);
            credits = List.copyOf(credits);
            roles = Map.copyOf(roles);
        }

        /** An article with no byline, credits or dateline. */
        public static Structure none() {
            return new Structure(List.of(), List.of(), List.of(), null, null, List.of(), Map.of(), null);
        }
    }
}
