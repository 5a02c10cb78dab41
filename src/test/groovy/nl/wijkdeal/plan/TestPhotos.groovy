package nl.wijkdeal.plan

import javax.imageio.ImageIO
import java.awt.Color
import java.awt.image.BufferedImage
import java.nio.ByteBuffer
import java.util.zip.CRC32

/** Real images made in the test, and the metadata a phone puts in them (EXIF with GPS, XMP, a comment). */
class TestPhotos {

    /** Left half red, right half blue: shows which way an image was turned. */
    static BufferedImage halves(int width, int height, boolean alpha = false) {
        def image = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB)
        def g = image.createGraphics()
        g.color = alpha ? new Color(255, 0, 0, 128) : Color.RED
        g.fillRect(0, 0, (int) (width / 2), height)
        g.color = Color.BLUE
        g.fillRect((int) (width / 2), 0, width - (int) (width / 2), height)
        g.dispose()
        image
    }

    static byte[] jpeg(int width, int height) {
        write(halves(width, height), 'jpeg')
    }

    static byte[] png(int width, int height, boolean alpha = false) {
        write(halves(width, height, alpha), 'png')
    }

    static byte[] write(BufferedImage image, String format) {
        def out = new ByteArrayOutputStream()
        assert ImageIO.write(image, format, out)
        out.toByteArray()
    }

    /**
     * The JPEG with, right after its start (SOI), an APP1 Exif segment holding an orientation and a
     * GPS position (53.2194 N, 6.5665 E: Groningen), an APP1 XMP segment and a comment, as a phone writes them.
     */
    static byte[] withMetadata(byte[] jpeg, int orientation = 1) {
        def exif = ByteBuffer.allocate(200)          // big-endian ("MM") TIFF
        exif.put('MM'.bytes).putShort((short) 42).putInt(8)
        // IFD0 at 8: two entries, then "no next IFD"
        exif.putShort((short) 2)
        exif.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0)
        exif.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38)      // GPS IFD at 38
        exif.putInt(0)
        // GPS IFD at 38: latitude ref, latitude, longitude ref, longitude
        exif.putShort((short) 4)
        exif.putShort((short) 1).putShort((short) 2).putInt(2).put('N'.bytes).put((byte) 0).putShort((short) 0)
        exif.putShort((short) 2).putShort((short) 5).putInt(3).putInt(92)
        exif.putShort((short) 3).putShort((short) 2).putInt(2).put('E'.bytes).put((byte) 0).putShort((short) 0)
        exif.putShort((short) 4).putShort((short) 5).putInt(3).putInt(116)
        exif.putInt(0)
        assert exif.position() == 92
        [[53, 1], [13, 1], [1000, 100], [6, 1], [33, 1], [5940, 100]].each { exif.putInt(it[0]).putInt(it[1]) }
        byte[] tiff = Arrays.copyOf(exif.array(), exif.position())
        def out = new ByteArrayOutputStream()
        out.write(jpeg, 0, 2)
        segment(out, 0xe1, cat('Exif\0\0'.bytes, tiff))
        segment(out, 0xe1, cat('http://ns.adobe.com/xap/1.0/\0'.bytes,
                '<x:xmpmeta xmlns:x="adobe:ns:meta/"><exif:GPSLatitude>53,13.1N</exif:GPSLatitude></x:xmpmeta>'.bytes))
        segment(out, 0xfe, 'geheime opmerking van de camera'.bytes)
        out.write(jpeg, 2, jpeg.length - 2)
        out.toByteArray()
    }

    static byte[] cat(byte[]... parts) {
        def out = new ByteArrayOutputStream()
        parts.each { out.write(it) }
        out.toByteArray()
    }

    static void segment(ByteArrayOutputStream out, int marker, byte[] content) {
        out.write(0xff)
        out.write(marker)
        int length = content.length + 2
        out.write(length >> 8)
        out.write(length & 0xff)
        out.write(content)
    }

    /** The markers of a JPEG's segments up to the image data (E0 = JFIF, E1 = Exif/XMP, FE = comment, ...). */
    static List<Integer> jpegMarkers(byte[] jpeg) {
        List<Integer> markers = []
        int at = 2
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xff) {
            int marker = jpeg[at + 1] & 0xff
            markers << marker
            if (marker == 0xda) {
                break
            }
            at += 2 + (((jpeg[at + 2] & 0xff) << 8) | (jpeg[at + 3] & 0xff))
        }
        markers
    }

    /** A real PNG whose header (IHDR) claims other dimensions, with a correct checksum: a decompression bomb's header. */
    static byte[] pngClaiming(int width, int height) {
        byte[] png = png(20, 10)
        def bytes = ByteBuffer.wrap(png)
        assert new String(png, 12, 4, 'ISO-8859-1') == 'IHDR'
        bytes.putInt(16, width).putInt(20, height)
        def crc = new CRC32()
        crc.update(png, 12, 17)
        bytes.putInt(29, (int) crc.value)
        png
    }

    /** A real JPEG whose frame header (SOF) claims other dimensions. */
    static byte[] jpegClaiming(int width, int height) {
        byte[] jpeg = jpeg(20, 10)
        int at = 2
        while ((jpeg[at + 1] & 0xff) != 0xc0) {
            at += 2 + (((jpeg[at + 2] & 0xff) << 8) | (jpeg[at + 3] & 0xff))
        }
        ByteBuffer.wrap(jpeg).putShort(at + 5, (short) height).putShort(at + 7, (short) width)
        jpeg
    }
}
