/**
 * The command line ({@code newsgraph build | query | serve}); the only package that prints to
 * the terminal.
 */
package org.newsgraph.cli;
