/**
 * Recognition of gazetteer entities in sentences: the trie-based recogniser with its case and
 * metonymy rules ({@link org.newsgraph.recognize.GazetteerRecognizer}, {@link
 * org.newsgraph.recognize.GovernmentCues}), and {@link org.newsgraph.recognize.SentenceView}, a
 * sentence with its tokens and the mentions recognised in it, which the later stages read.
 */
package org.newsgraph.recognize;
