package nl.wijkdeal.plan;

/**
 * Which uploaded photos a plan takes, decided from the bytes themselves: the file name and the
 * browser's content type are whatever the sender says. Pure: the image decoding happens elsewhere
 * ({@link ReencodePhoto}), these rules only look at sizes, magic numbers and the header's pixel
 * dimensions, which are known before the image is decoded (a small file can claim a huge image: a
 * decompression bomb).
 */
public final class PhotoRules {

    /** The largest photo taken; under the server's request limit (40 MB, for register files), so a larger photo is a form error, not a 413. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;
    /** Header dimensions beyond this are refused before decoding: covers 48-50 megapixel phone cameras. */
    public static final long MAX_PIXELS = 50_000_000L;
    public static final int MAX_SIDE = 12_000;
    /** The stored photo's long side, at most: sharp on a wide screen, a few hundred kB. */
    public static final int LONG_SIDE = 1600;

    public enum Type {
        JPEG("image/jpeg"), PNG("image/png");

        private final String contentType;

        Type(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }
    }

    public enum Reason {
        OK, TOO_LARGE, NOT_AN_IMAGE, TOO_MANY_PIXELS, UNREADABLE;

        /** The message beside the photo field (there is none for OK). */
        public String key() {
            return "plan.error.photo." + switch (this) {
                case OK -> throw new IllegalStateException("a good photo needs no message");
                case TOO_LARGE -> "tooLarge";
                case NOT_AN_IMAGE -> "notAnImage";
                case TOO_MANY_PIXELS -> "tooManyPixels";
                case UNREADABLE -> "unreadable";
            };
        }
    }

    /** The upload's type when the reason is OK. */
    public record Check(Reason reason, Type type) {
        public boolean ok() {
            return reason == Reason.OK;
        }
    }

    /** A width and a height in pixels. */
    public record Size(int width, int height) {
    }

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PhotoRules() {
    }

    /** Size first (cheap), then the magic number: JPEG starts FF D8 FF, PNG with its 8-byte signature. */
    public static Check check(byte[] upload) {
        if (upload.length > MAX_BYTES) {
            return new Check(Reason.TOO_LARGE, null);
        }
        if (upload.length >= 3 && (upload[0] & 0xff) == 0xff && (upload[1] & 0xff) == 0xd8 && (upload[2] & 0xff) == 0xff) {
            return new Check(Reason.OK, Type.JPEG);
        }
        if (upload.length >= PNG_MAGIC.length && java.util.Arrays.equals(upload, 0, PNG_MAGIC.length, PNG_MAGIC, 0, PNG_MAGIC.length)) {
            return new Check(Reason.OK, Type.PNG);
        }
        return new Check(Reason.NOT_AN_IMAGE, null);
    }

    /** The dimensions the header claims, before anything is decoded. */
    public static Reason checkDimensions(int width, int height) {
        if (width <= 0 || height <= 0) {
            return Reason.UNREADABLE;
        }
        if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
            return Reason.TOO_MANY_PIXELS;
        }
        return Reason.OK;
    }

    /**
     * Decode only every n-th pixel of a large image: a 50-megapixel photo then takes about 40 MB
     * instead of 200 MB while decoding, and still has at least twice the pixels it is stored with.
     */
    public static int subsampling(int width, int height) {
        return Math.max(1, Math.max(width, height) / (2 * LONG_SIDE));
    }

    /** The stored size: the long side at most {@link #LONG_SIDE}, the proportions kept, never enlarged. */
    public static Size target(int width, int height) {
        int longSide = Math.max(width, height);
        if (longSide <= LONG_SIDE) {
            return new Size(width, height);
        }
        double scale = (double) LONG_SIDE / longSide;
        return new Size(Math.max(1, (int) Math.round(width * scale)), Math.max(1, (int) Math.round(height * scale)));
    }

    /**
     * The EXIF orientation of a JPEG (1 = as stored, 6 = turn a quarter clockwise, ...), 1 when there
     * is none or it cannot be read. Phones store portrait photos sideways with this tag; the tag goes
     * with the rest of the metadata, so the pixels are turned instead.
     */
    public static int exifOrientation(byte[] jpeg) {
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xff) {
            int marker = jpeg[at + 1] & 0xff;
            if (marker == 0xda || marker == 0xd9) {
                return 1; // start of the image data: no (more) metadata segments
            }
            int length = u16(jpeg, at + 2, true);
            if (length < 2 || at + 2 + length > jpeg.length) {
                return 1;
            }
            if (marker == 0xe1 && length >= 8 && startsWithExif(jpeg, at + 4)) {
                return orientationInTiff(jpeg, at + 10, at + 2 + length);
            }
            at += 2 + length;
        }
        return 1;
    }

    private static boolean startsWithExif(byte[] b, int at) {
        return b[at] == 'E' && b[at + 1] == 'x' && b[at + 2] == 'i' && b[at + 3] == 'f' && b[at + 4] == 0 && b[at + 5] == 0;
    }

    /** Reads tag 0x0112 from the first IFD of the TIFF structure at {@code start} (ending before {@code end}). */
    private static int orientationInTiff(byte[] b, int start, int end) {
        if (start + 8 > end) {
            return 1;
        }
        boolean bigEndian;
        if (b[start] == 'M' && b[start + 1] == 'M') {
            bigEndian = true;
        } else if (b[start] == 'I' && b[start + 1] == 'I') {
            bigEndian = false;
        } else {
            return 1;
        }
        long ifd = u32(b, start + 4, bigEndian);
        if (ifd < 8 || start + ifd + 2 > end) {
            return 1;
        }
        int entries = start + (int) ifd;
        int count = u16(b, entries, bigEndian);
        for (int i = 0; i < count; i++) {
            int entry = entries + 2 + i * 12;
            if (entry + 12 > end) {
                return 1;
            }
            if (u16(b, entry, bigEndian) == 0x0112) {
                int value = u16(b, entry + 8, bigEndian);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] b, int at, boolean bigEndian) {
        int first = b[at] & 0xff;
        int second = b[at + 1] & 0xff;
        return bigEndian ? first << 8 | second : second << 8 | first;
    }

    private static long u32(byte[] b, int at, boolean bigEndian) {
        long high = u16(b, bigEndian ? at : at + 2, bigEndian);
        long low = u16(b, bigEndian ? at + 2 : at, bigEndian);
        return high << 16 | low;
    }
}
