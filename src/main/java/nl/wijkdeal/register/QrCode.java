package nl.wijkdeal.register;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/** The QR code on a letter, one bit per module and no quiet zone: the letter leaves that white. */
final class QrCode {

    /** The white border a scanner needs around the code, in modules (ISO/IEC 18004). */
    static final int QUIET_ZONE = 4;

    // No character set hint: a url is ASCII, and a UTF-8 hint would add an ECI header that some
    // older scanner apps do not read. M: survives about 15% damage (a fold, a coffee ring) and keeps the code small enough for a
    // cheap phone camera at 35 mm.
    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.MARGIN, 0);

    private QrCode() {
    }

    static BitMatrix matrix(String text) {
        try {
            // Width and height 0: the smallest rendering, one bit per module.
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot make a QR code of " + text.length() + " characters", e);
        }
    }
}
