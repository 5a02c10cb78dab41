package nl.wijkdeal.web

import spock.lang.Specification

class MessagesSpec extends Specification {

    def "Dutch and English have the same texts, none empty"() {
        given:
        def nl = Messages.bundle(Language.NL.locale())
        def en = Messages.bundle(Language.EN.locale())

        expect:
        nl.keySet() == en.keySet()
        nl.keySet().every { !nl.getString(it).isBlank() && !en.getString(it).isBlank() }
        nl.getString('home.title') != en.getString('home.title')
    }

    def "texts with an apostrophe come out with one apostrophe, and arguments are filled in"() {
        given:
        def messages = new Messages()

        expect:
        messages.get(Language.NL, 'a11y.works.item2') == "De pagina's werken zonder JavaScript."
        messages.get(Language.EN, 'how.step.cocreation.text').contains("people's")
        messages.get(Language.NL, 'home.area.wijken', 1) == '1 wijk'
        messages.get(Language.NL, 'home.area.wijken', 3) == '3 wijken'
        messages.get(Language.EN, 'wijk.title', 'Zuid') == 'Neighbourhood Zuid'
        messages.get(Language.NL, 'no.such.key') == '??no.such.key??'
    }
}
