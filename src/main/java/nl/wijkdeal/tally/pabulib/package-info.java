/**
 * The Pabulib format (pabulib.org), the research exchange format for participatory budgeting: read any
 * published election, write any of ours so it can be recounted elsewhere.
 */
package nl.wijkdeal.tally.pabulib;
