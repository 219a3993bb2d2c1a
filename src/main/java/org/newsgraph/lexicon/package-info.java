/**
 * The rule word lists ({@code data/rules/*.csv}) shared by the person finder and the
 * extractors, and the phrase matcher that looks them up in token lists.
 */
package org.newsgraph.lexicon;
