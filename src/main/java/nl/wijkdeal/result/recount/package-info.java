/**
 * The published results and their recount, pure: uitslag.json ({@link nl.wijkdeal.result.recount.PublishedResult}),
 * uitslag.csv, stemmen.pb, ontvangstbewijzen.txt, the RFC 9162 Merkle roots over ballots and receipts,
 * Ed25519 signatures, the signed bundle of a round and the {@code verify} command that checks it.
 * Imports no framework, no SQL and no clock: what the service writes, anyone can check with the same code.
 */
package nl.wijkdeal.result.recount;
