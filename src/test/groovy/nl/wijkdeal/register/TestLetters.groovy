package nl.wijkdeal.register

import com.google.zxing.BinaryBitmap
import com.google.zxing.DecodeHintType
import com.google.zxing.LuminanceSource
import com.google.zxing.Result
import com.google.zxing.common.BitMatrix
import com.google.zxing.common.HybridBinarizer
import com.google.zxing.qrcode.QRCodeReader

import java.awt.image.BufferedImage
import java.time.LocalDate

/** Letters for the letter specs, and a QR scanner for what they print. */
class TestLetters {

    static Letter letter(Map values = [:]) {
        new Letter(
                values.name ?: 'J. de Vries',
                values.containsKey('addressLines') ? values.addressLines : ['Voorbeeldstraat 1', '9722 AA Groningen'],
                values.wijkName ?: 'De Wijert',
                values.firstDay ?: LocalDate.of(2027, 3, 2),
                values.lastDay ?: LocalDate.of(2027, 3, 15),
                values.roundTitle ?: 'Wijkdeal De Wijert 2027',
                values.code ?: 'ABCD-EFGH-JKMN-P',
                values.voteUrl ?: 'https://wijkdeal.groningen.nl/rondes/12/stemmen')
    }

    /** What a scanner reads from a QR code in an image. */
    static String scan(BufferedImage image) {
        read(image).text
    }

    static Result read(BufferedImage image) {
        def bitmap = new BinaryBitmap(new HybridBinarizer(new ImageLuminance(image)))
        new QRCodeReader().decode(bitmap, [(DecodeHintType.TRY_HARDER): true])
    }

    /** The matrix drawn 4 pixels a module, with the white quiet zone the letter leaves around it. */
    static BufferedImage image(BitMatrix matrix) {
        int scale = 4
        int quiet = QrCode.QUIET_ZONE * scale
        def image = new BufferedImage(matrix.width * scale + 2 * quiet, matrix.height * scale + 2 * quiet, BufferedImage.TYPE_BYTE_GRAY)
        def g = image.createGraphics()
        g.color = java.awt.Color.WHITE
        g.fillRect(0, 0, image.width, image.height)
        g.color = java.awt.Color.BLACK
        for (int y = 0; y < matrix.height; y++) {
            for (int x = 0; x < matrix.width; x++) {
                if (matrix.get(x, y)) {
                    g.fillRect(quiet + x * scale, quiet + y * scale, scale, scale)
                }
            }
        }
        g.dispose()
        image
    }

    /** ZXing's core has no image support (that is in javase); this is the little it needs. */
    static class ImageLuminance extends LuminanceSource {
        private final byte[] pixels

        ImageLuminance(BufferedImage image) {
            super(image.width, image.height)
            pixels = new byte[image.width * image.height]
            for (int y = 0; y < image.height; y++) {
                for (int x = 0; x < image.width; x++) {
                    int rgb = image.getRGB(x, y)
                    int gray = (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000
                    pixels[y * image.width + x] = (byte) gray
                }
            }
        }

        @Override
        byte[] getRow(int y, byte[] row) {
            if (row == null || row.length < width) {
                row = new byte[width]
            }
            System.arraycopy(pixels, y * width, row, 0, width)
            row
        }

        @Override
        byte[] getMatrix() {
            pixels
        }
    }
}
