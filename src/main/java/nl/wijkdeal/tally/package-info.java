/**
 * The count: pure, exact, deterministic. {@code Tally.run(Election, RuleSettings)} gives an
 * {@link nl.wijkdeal.tally.Outcome} with the selected plans in order and an explanation per plan.
 * Imports only {@code java.*} (no framework, no SQL, no clock); the architecture test keeps it so.
 * Design, exactness and the add1 search: docs/tally.md.
 */
package nl.wijkdeal.tally;
