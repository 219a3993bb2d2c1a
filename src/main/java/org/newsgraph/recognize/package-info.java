/**
 * Recognition of gazetteer entities in sentences: tokenisation, name keys, and the trie-based
 * recogniser with its case and metonymy rules.
 */
package org.newsgraph.recognize;
