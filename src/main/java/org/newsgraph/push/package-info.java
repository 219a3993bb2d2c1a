/**
 * Pushing the dataset to a remote triple store through the SPARQL 1.1 Graph Store Protocol: one
 * named graph per article plus the shared entities graph. A push record per endpoint remembers
 * the hash of every graph that landed, so the next push replaces only the graphs whose content
 * changed, deletes the graphs of removed articles, resumes after a failure without repeating what
 * landed, sends again what the remote store lost (checked with {@code HEAD} before a graph is
 * skipped), and never touches any other graph of the remote store. Redirects are never followed
 * (they would carry the login elsewhere), and a credentials file others may read is refused.
 */
package org.newsgraph.push;
