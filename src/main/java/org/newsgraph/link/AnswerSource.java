package org.newsgraph.link;

/**
 * Where the answers to candidate queries come from: a SPARQL endpoint, or the cache in front of one.
 *
 * <p>Needs: a candidate query. Gives: the endpoint's answer, with the endpoint and the day it was fetched.
 *
 * <pre>{@code
 * AnswerSource source = new AnswerCache(Path.of("data/links/cache"), new EndpointSource(endpoint));
 * Answer answer = source.answer(new CandidateQuery(Kind.PERSON, "Nikol Pashinyan"));
 * }</pre>
 */
public interface AnswerSource {
    /** The answer to {@code query}. */
    Answer answer(CandidateQuery query);
}
