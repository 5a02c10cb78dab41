/** {@code tally FILE.pb --rule ...}: recount a Pabulib file from the command line, as one JSON object. */
package nl.wijkdeal.tally.cli;
