package nl.wijkdeal.plan

import spock.lang.Specification

import javax.imageio.ImageIO
import java.awt.Color

import static nl.wijkdeal.plan.PhotoRules.Reason.*

/**
 * Which photos a plan takes, from the bytes alone, and what is kept of them: the pixels, upright and
 * at most 1600 px, and nothing else. Real images, made here with ImageIO.
 */
class PhotoRulesSpec extends Specification {

    def reencode = new ReencodePhoto()

    def "#what is #reason by its bytes, whatever its name"() {
        expect:
        PhotoRules.check(bytes).reason() == reason
        PhotoRules.check(bytes).type() == type

        where:
        what                          | bytes                                         || reason       | type
        'a JPEG'                      | TestPhotos.jpeg(30, 20)                       || OK           | PhotoRules.Type.JPEG
        'a PNG'                       | TestPhotos.png(30, 20)                        || OK           | PhotoRules.Type.PNG
        'a text file called foto.jpg' | 'Dit is geen foto.\n'.bytes                   || NOT_AN_IMAGE | null
        'a GIF'                       | TestPhotos.cat('GIF89a'.bytes, new byte[20])                 || NOT_AN_IMAGE | null
        'HTML pretending'             | '<html><script>alert(1)</script>'.bytes       || NOT_AN_IMAGE | null
        'two bytes of a JPEG'         | [0xff, 0xd8] as byte[]                        || NOT_AN_IMAGE | null
        'one byte over the limit'     | jpegOf(PhotoRules.MAX_BYTES + 1)              || TOO_LARGE    | null
        'exactly the limit'           | jpegOf(PhotoRules.MAX_BYTES)                  || OK           | PhotoRules.Type.JPEG
    }

    def "header dimensions #width x #height: #reason"() {
        expect:
        PhotoRules.checkDimensions(width, height) == reason

        where:
        width  | height || reason
        4000   | 3000   || OK
        8160   | 6120   || OK              // a 50-megapixel phone camera
        12_000 | 4000   || OK
        12_001 | 10     || TOO_MANY_PIXELS
        10_000 | 10_000 || TOO_MANY_PIXELS
        0      | 10     || UNREADABLE
    }

    def "the stored size: long side at most 1600, proportions kept, never enlarged"() {
        expect:
        PhotoRules.target(w, h) == new PhotoRules.Size(tw, th)

        where:
        w    | h    || tw   | th
        4000 | 3000 || 1600 | 1200
        3000 | 4000 || 1200 | 1600
        800  | 600  || 800  | 600
        9000 | 10   || 1600 | 2
    }

    def "a message key for every refusal"() {
        expect:
        [TOO_LARGE, NOT_AN_IMAGE, TOO_MANY_PIXELS, UNREADABLE]*.key() ==
                ['plan.error.photo.tooLarge', 'plan.error.photo.notAnImage', 'plan.error.photo.tooManyPixels', 'plan.error.photo.unreadable']
    }

    def "a JPEG comes out as a fresh, smaller JPEG"() {
        when:
        def choice = reencode.read(TestPhotos.jpeg(3200, 2400), false)

        then:
        !choice.refused()
        choice.photo().contentType() == 'image/jpeg'
        [choice.photo().width(), choice.photo().height()] == [1600, 1200]
        def image = ImageIO.read(new ByteArrayInputStream(choice.photo().bytes()))
        [image.width, image.height] == [1600, 1200]
    }

    def "a PNG without transparency becomes a JPEG; with transparency it stays a PNG, transparency kept"() {
        when:
        def opaque = reencode.read(TestPhotos.png(300, 200), false).photo()
        def clear = reencode.read(TestPhotos.png(300, 200, true), false).photo()
        def image = ImageIO.read(new ByteArrayInputStream(clear.bytes()))

        then:
        opaque.contentType() == 'image/jpeg'
        clear.contentType() == 'image/png'
        image.colorModel.hasAlpha()
        new Color(image.getRGB(10, 10), true).alpha in 120..136
    }

    def "EXIF with GPS, XMP and a comment: none of it survives, only a plain JFIF header"() {
        given:
        byte[] upload = TestPhotos.withMetadata(TestPhotos.jpeg(400, 300))

        expect: 'the test photo really carries them'
        TestPhotos.jpegMarkers(upload).take(4) == [0xe1, 0xe1, 0xfe, 0xe0]
        new String(upload, 'ISO-8859-1').contains('geheime opmerking')

        when:
        byte[] stored = reencode.read(upload, false).photo().bytes()
        String text = new String(stored, 'ISO-8859-1')

        then:
        !TestPhotos.jpegMarkers(stored).any { it in [0xe1, 0xe2, 0xed, 0xfe] }   // Exif/XMP, ICC, IPTC, comment
        !text.contains('Exif') && !text.contains('xmpmeta') && !text.contains('geheime') && !text.contains('GPS')
    }

    def "orientation #orientation: the pixels are turned upright (#size), the tag itself is gone"() {
        given: 'red left, blue right, as stored by the camera'
        byte[] upload = TestPhotos.withMetadata(TestPhotos.jpeg(80, 40), orientation)

        when:
        def photo = reencode.read(upload, false).photo()
        def image = ImageIO.read(new ByteArrayInputStream(photo.bytes()))

        then:
        PhotoRules.exifOrientation(upload) == orientation
        [photo.width(), photo.height()] == size
        colour(image, 0.2, 0.2) == first
        colour(image, 0.8, 0.8) == last

        where:
        orientation || size     | first  | last
        1           || [80, 40] | 'red'  | 'blue'
        3           || [80, 40] | 'blue' | 'red'
        6           || [40, 80] | 'red'  | 'blue'    // a quarter clockwise: the left half goes to the top
        8           || [40, 80] | 'blue' | 'red'
    }

    def "#what is refused as #reason before anything is decoded"() {
        expect:
        reencode.read(bytes, false).error() == reason.key()

        where:
        what                                     | bytes                                         || reason
        'a PNG claiming 30000 x 30000 pixels'    | TestPhotos.pngClaiming(30_000, 30_000)        || TOO_MANY_PIXELS
        'a JPEG claiming 60000 x 60000 pixels'   | TestPhotos.jpegClaiming(60_000, 60_000)       || TOO_MANY_PIXELS
        'a text file called foto.jpg'            | 'Dit is geen foto.\n'.bytes                   || NOT_AN_IMAGE
        'a JPEG cut off after its start'         | Arrays.copyOf(TestPhotos.jpeg(300, 200), 40)  || UNREADABLE
        'a PNG signature and then rubbish'       | TestPhotos.cat(Arrays.copyOf(TestPhotos.png(10, 10), 8), ('x' * 100).bytes) || UNREADABLE
        'a file over 8 MB'                       | jpegOf(PhotoRules.MAX_BYTES + 1)              || TOO_LARGE
    }

    def "no file is no photo; no file with the box ticked removes it"() {
        expect:
        reencode.read(new byte[0], false) == PhotoChoice.NONE
        reencode.read(new byte[0], true).remove()
        !reencode.read(new byte[0], true).refused()
    }

    /** A JPEG padded to exactly {@code size} bytes (after its end marker: still a JPEG by its magic number). */
    static byte[] jpegOf(int size) {
        byte[] jpeg = TestPhotos.jpeg(20, 20)
        Arrays.copyOf(jpeg, size)
    }

    static String colour(image, double x, double y) {
        def c = new Color(image.getRGB((int) (image.width * x), (int) (image.height * y)))
        c.red > 200 && c.blue < 60 ? 'red' : c.blue > 200 && c.red < 60 ? 'blue' : "other $c"
    }
}
