package nl.wijkdeal.plan;

import jakarta.inject.Singleton;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.concurrent.Semaphore;

/**
 * Turns an uploaded photo into the one we keep: checked by {@link PhotoRules}, decoded (only after
 * the header's dimensions passed), turned upright, scaled down and written afresh as JPEG (PNG when
 * it has transparency). Nothing of the upload but its pixels survives: no EXIF, GPS, XMP, ICC
 * profile or comment. Runs before the use case's transaction, so no connection waits on it.
 */
@Singleton
class ReencodePhoto {

    /** Decoding takes memory (tens of MB for a large photo): two at a time per instance. */
    private final Semaphore decoding = new Semaphore(2);

    /** @param upload the file's bytes, empty when none was chosen; @param remove the "remove the photo" box */
    PhotoChoice read(byte[] upload, boolean remove) {
        if (upload == null || upload.length == 0) {
            return remove ? new PhotoChoice(null, null, true) : PhotoChoice.NONE;
        }
        PhotoRules.Check check = PhotoRules.check(upload);
        if (!check.ok()) {
            return PhotoChoice.refused(check.reason().key());
        }
        decoding.acquireUninterruptibly();
        try {
            return reencode(upload, check.type());
        } finally {
            decoding.release();
        }
    }

    private static PhotoChoice reencode(byte[] upload, PhotoRules.Type type) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type == PhotoRules.Type.JPEG ? "jpeg" : "png");
        if (!readers.hasNext()) {
            return PhotoChoice.refused(PhotoRules.Reason.UNREADABLE.key());
        }
        ImageReader reader = readers.next();
        // Memory-cached streams: ImageIO's default would copy the upload to a temporary file.
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
            // ignoreMetadata: the metadata is never even parsed, let alone kept.
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            PhotoRules.Reason dimensions = PhotoRules.checkDimensions(width, height);
            if (dimensions != PhotoRules.Reason.OK) {
                return PhotoChoice.refused(dimensions.key());
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int every = PhotoRules.subsampling(width, height);
            param.setSourceSubsampling(every, every, 0, 0);
            BufferedImage decoded = reader.read(0, param);
            int orientation = type == PhotoRules.Type.JPEG ? PhotoRules.exifOrientation(upload) : 1;
            boolean alpha = type == PhotoRules.Type.PNG && decoded.getColorModel().hasAlpha();
            BufferedImage upright = orient(scale(decoded, alpha), orientation, alpha);
            byte[] bytes = alpha ? png(upright) : jpeg(upright);
            return new PhotoChoice(new PlanPhoto(alpha ? "image/png" : "image/jpeg", bytes, upright.getWidth(),
                    upright.getHeight()), null, false);
        } catch (IOException | RuntimeException e) {
            // Truncated files, CMYK JPEGs, broken chunks: ImageIO throws all sorts; each is "cannot read".
            return PhotoChoice.refused(PhotoRules.Reason.UNREADABLE.key());
        } finally {
            reader.dispose();
        }
    }

    /** Halves until close, then one last step: good quality without a slow filter. Also makes it RGB(A). */
    private static BufferedImage scale(BufferedImage image, boolean alpha) {
        PhotoRules.Size target = PhotoRules.target(image.getWidth(), image.getHeight());
        BufferedImage current = image;
        do {
            int w = Math.max(target.width(), current.getWidth() / 2);
            int h = Math.max(target.height(), current.getHeight() / 2);
            current = draw(current, w, h, new AffineTransform(
                    (double) w / current.getWidth(), 0, 0, (double) h / current.getHeight(), 0, 0), alpha);
        } while (current.getWidth() > target.width() || current.getHeight() > target.height());
        return current;
    }

    /** The EXIF orientations 2-8 as pixel operations on a w x h image (5-8 swap width and height). */
    private static BufferedImage orient(BufferedImage image, int orientation, boolean alpha) {
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> null;
        };
        if (t == null) {
            return image;
        }
        return orientation >= 5 ? draw(image, h, w, t, alpha) : draw(image, w, h, t, alpha);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, AffineTransform transform, boolean alpha) {
        BufferedImage target = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            if (!alpha) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, transform, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.85f);
        return write(writer, image, param);
    }

    private static byte[] png(BufferedImage image) throws IOException {
        return write(ImageIO.getImageWritersByFormatName("png").next(), image, null);
    }

    /** No metadata is passed, so the writer adds only its plain header (JFIF for JPEG). */
    private static byte[] write(ImageWriter writer, BufferedImage image, ImageWriteParam param) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
