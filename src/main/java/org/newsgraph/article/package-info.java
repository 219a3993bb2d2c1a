/**
 * Articles and their metadata, read from a folder of text files ({@code .txt}), HTML pages
 * ({@code .html}, {@code .htm}) and batch files of many articles ({@code .jsonl}, {@code .csv}),
 * with the manifest {@code articles.csv}. Everything in the folder is untrusted: only regular files
 * inside it are opened, ids must make usable IRIs, and every problem is one message naming the
 * file and line.
 */
package org.newsgraph.article;
