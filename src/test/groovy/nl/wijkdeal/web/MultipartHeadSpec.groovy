package nl.wijkdeal.web

import spock.lang.Specification

/** The CSRF token read from the start of a multipart body: only a complete text part of that exact name. */
class MultipartHeadSpec extends Specification {

    static final String B = '----WebKitFormBoundaryX3'

    static byte[] body(String... parts) {
        (parts.collect { "--$B\r\n$it\r\n" }.join('') + "--$B--\r\n").getBytes('UTF-8')
    }

    def "#what"() {
        expect:
        MultipartHead.field(bytes, B, 'csrf') == expected

        where:
        what                                    | bytes                                                                               || expected
        'the first field'                       | body('Content-Disposition: form-data; name="csrf"\r\n\r\ntoken123', 'Content-Disposition: form-data; name="title"\r\n\r\nx') || 'token123'
        'after other fields'                    | body('Content-Disposition: form-data; name="a"\r\n\r\n1', 'content-disposition: form-data; name="csrf"\r\n\r\nt2') || 't2'
        'a similar name is not it'              | body('Content-Disposition: form-data; name="csrfx"\r\n\r\nt3')                     || null
        'a file called csrf is not it'          | body('Content-Disposition: form-data; name="csrf"; filename="csrf.txt"\r\nContent-Type: text/plain\r\n\r\nt4') || null
        'a part cut off by the end of the head' | "--$B\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\ntok".getBytes('UTF-8') || null
        'another boundary'                      | "--other\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nt5\r\n--other--\r\n".getBytes('UTF-8') || null
        'no multipart at all'                   | 'csrf=abc'.bytes                                                                    || null
        'empty'                                 | new byte[0]                                                                         || null
    }
}
