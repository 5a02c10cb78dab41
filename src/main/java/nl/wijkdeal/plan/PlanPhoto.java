package nl.wijkdeal.plan;

/** A plan's photo as stored: re-encoded from the upload, so it carries no metadata (no EXIF, no GPS). */
record PlanPhoto(String contentType, byte[] bytes, int width, int height) {
}
