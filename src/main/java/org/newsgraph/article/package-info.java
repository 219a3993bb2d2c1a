/**
 * Articles and their metadata, read from a folder of text files ({@code .txt}), HTML pages
 * ({@code .html}, {@code .htm}) and batch files of many articles ({@code .jsonl}, {@code .csv}),
 * with the manifest {@code articles.csv}.
 */
package org.newsgraph.article;
