/**
 * Articles and their metadata, read from a folder of UTF-8 text files and its manifest
 * {@code articles.csv}.
 */
package org.newsgraph.article;
