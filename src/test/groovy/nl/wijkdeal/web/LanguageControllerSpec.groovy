package nl.wijkdeal.web

import spock.lang.Specification

class LanguageControllerSpec extends Specification {

    def "going back after a language switch stays on this site: '#back' -> '#path'"() {
        expect:
        LanguageController.localPath(back) == path

        where:
        back                       || path
        '/wijken/WK001401'         || '/wijken/WK001401'
        '/wijk-zoeken?postcode=97' || '/wijk-zoeken?postcode=97'
        null                       || '/'
        'https://evil.example'     || '/'
        '//evil.example/x'         || '/'
        '/\\evil.example'          || '/'
        'javascript:alert(1)'      || '/'
        '/a\nSet-Cookie:x'         || '/'
    }
}
