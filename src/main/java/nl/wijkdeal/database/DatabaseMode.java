package nl.wijkdeal.database;

/** Whether this instance runs on its own embedded PostgreSQL; demo data defaults to on only then. */
public record DatabaseMode(boolean embedded) {
}
