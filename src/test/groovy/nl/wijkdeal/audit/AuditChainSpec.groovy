package nl.wijkdeal.audit

import nl.wijkdeal.audit.AuditChain.Head
import nl.wijkdeal.audit.AuditChain.Link
import nl.wijkdeal.audit.AuditChain.Reason
import spock.lang.Specification

import java.time.Instant

/** The hash chain alone: encoding, and the first break with its reason. */
class AuditChainSpec extends Specification {

    static final Instant T = Instant.parse('2026-05-01T09:30:00.123456Z')

    static AuditEntry entry(Map fields = [:]) {
        Map f = [seq: 1L, at: T, actorId: 7L, actor: 'a@groningen.nl', areaCode: 'zuid', action: 'round.created',
                 subject: 'round:12', details: [budget: '100000']] + fields
        new AuditEntry(f.seq as long, f.at as Instant, f.actorId as Long, f.actor as String, f.areaCode as String,
                f.action as String, f.subject as String, f.details as Map)
    }

    /** A valid chain of n entries and its head. */
    static List<Link> chain(int n) {
        def links = []
        byte[] prev = AuditChain.genesis()
        (1..n).each { i ->
            def e = entry(seq: i, action: 'round.changed', details: [step: i.toString()])
            byte[] h = AuditChain.hash(e, prev)
            links << new Link(e, prev, h)
            prev = h
        }
        links
    }

    static Head headOf(List<Link> links) {
        links ? new Head(links.last().entry().seq(), links.last().hash()) : new Head(0, AuditChain.genesis())
    }

    def "the same entry always gives the same 32-byte hash"() {
        expect:
        AuditChain.hash(entry(), AuditChain.genesis()).length == 32
        AuditChain.hash(entry(), AuditChain.genesis()) == AuditChain.hash(entry(), AuditChain.genesis())
        AuditChain.hash(entry(details: [a: '1', b: '2']), AuditChain.genesis()) ==
                AuditChain.hash(entry(details: [b: '2', a: '1']), AuditChain.genesis())
    }

    def "every field counts, and field boundaries cannot be moved: #what"() {
        expect:
        !Arrays.equals(AuditChain.hash(entry(one), AuditChain.genesis()), AuditChain.hash(entry(other), AuditChain.genesis()))

        where:
        what                            | one                                   | other
        'seq'                           | [seq: 1L]                             | [seq: 2L]
        'one microsecond'               | [at: T]                               | [at: T.plusNanos(1000)]
        'actor id'                      | [actorId: 7L]                         | [actorId: 8L]
        'no actor id vs id 0'           | [actorId: null]                       | [actorId: 0L]
        'actor label'                   | [actor: 'a@groningen.nl']             | [actor: 'b@groningen.nl']
        'null area vs empty area'       | [areaCode: null]                      | [areaCode: '']
        'area'                          | [areaCode: 'zuid']                    | [areaCode: 'oost']
        'action'                        | [action: 'round.created']             | [action: 'round.changed']
        'null subject vs empty'         | [subject: null]                       | [subject: '']
        'actor|area boundary'           | [actor: 'ab', areaCode: 'c']          | [actor: 'a', areaCode: 'bc']
        'action|subject boundary'       | [action: 'round', subject: 'x:1']     | [action: 'roundx', subject: ':1']
        'detail key|value boundary'     | [details: [ab: 'c']]                  | [details: [a: 'bc']]
        'one detail vs two'             | [details: [a: 'b=c']]                 | [details: [a: 'b', c: '']]
        'detail value'                  | [details: [budget: '100000']]         | [details: [budget: '100001']]
        'no details vs an empty one'    | [details: [:]]                        | [details: ['': '']]
        'subject|details boundary'      | [subject: 'x', details: [:]]          | [subject: null, details: [x: '']]
    }

    def "the previous hash is part of the hash"() {
        given:
        byte[] other = new byte[32]
        other[31] = 1

        expect:
        !Arrays.equals(AuditChain.hash(entry(), AuditChain.genesis()), AuditChain.hash(entry(), other))
    }

    def "the hash is pinned: a change in the encoding breaks every stored chain, so it must be deliberate"() {
        expect: 'SHA-256 over the documented encoding of this entry (docs/operations.md)'
        AuditChain.hex(AuditChain.hash(entry(), AuditChain.genesis())) == pinned()
    }

    /** The documented encoding, written out independently of AuditChain. */
    private static String pinned() {
        def out = new ByteArrayOutputStream()
        def data = new DataOutputStream(out)
        def str = { String s -> byte[] b = s.getBytes('UTF-8'); data.writeInt(b.length); data.write(b) }
        str('wijkdeal-audit-v1')
        data.writeLong(1)
        str('2026-05-01T09:30:00.123456Z')
        data.write(1); data.writeLong(7)
        str('a@groningen.nl')
        data.write(1); str('zuid')
        str('round.created')
        data.write(1); str('round:12')
        data.writeInt(1); str('budget'); str('100000')
        data.writeInt(32); data.write(new byte[32])
        java.security.MessageDigest.getInstance('SHA-256').digest(out.toByteArray()).encodeHex().toString()
    }

    def "times are hashed and shown in UTC with exactly six fraction digits"() {
        expect:
        AuditChain.timestamp(Instant.parse(text)) == shown

        where:
        text                              || shown
        '2026-05-01T09:30:00Z'            || '2026-05-01T09:30:00.000000Z'
        '2026-05-01T09:30:00.1Z'          || '2026-05-01T09:30:00.100000Z'
        '2026-05-01T11:30:00.000001+02:00' || '2026-05-01T09:30:00.000001Z'
    }

    def "an intact chain: every entry counted, the last hash reported"() {
        given:
        def links = chain(5)

        when:
        def verdict = AuditChain.verify(links, headOf(links))

        then:
        verdict.intact()
        verdict.checked() == 5
        verdict.lastHash() == AuditChain.hex(links.last().hash())
    }

    def "an empty log is intact at the genesis hash"() {
        when:
        def verdict = AuditChain.verify([], headOf([]))

        then:
        verdict.intact()
        verdict.checked() == 0
        verdict.lastHash() == '0' * 64
    }

    def "a changed field is named at its own entry as CONTENT_CHANGED"() {
        given:
        def links = chain(5)
        def old = links[2]
        links[2] = new Link(entry(seq: 3, action: 'round.changed', details: [step: '3', extra: 'x']), old.prevHash(), old.hash())

        when:
        def verdict = AuditChain.verify(links, headOf(links))

        then:
        verdict.firstBreak().reason() == Reason.CONTENT_CHANGED
        verdict.firstBreak().seq() == 3
        verdict.firstBreak().entry().details() == [step: '3', extra: 'x']
        verdict.checked() == 2
        verdict.lastHash() == AuditChain.hex(links[1].hash())
    }

    def "an entry rewritten with a fresh hash is caught at the next entry as LINK_BROKEN"() {
        given:
        def links = chain(5)
        def forged = entry(seq: 3, action: 'round.changed', details: [step: 'vervalst'])
        links[2] = new Link(forged, links[2].prevHash(), AuditChain.hash(forged, links[2].prevHash()))

        when:
        def verdict = AuditChain.verify(links, headOf(links))

        then:
        verdict.firstBreak().reason() == Reason.LINK_BROKEN
        verdict.firstBreak().seq() == 4
    }

    def "a deleted entry shows as ENTRY_MISSING with the range and the entry after the gap"() {
        given:
        def links = chain(6)
        links.remove(3)
        links.remove(2)

        when:
        def verdict = AuditChain.verify(links, headOf(links))

        then:
        with(verdict.firstBreak()) {
            reason() == Reason.ENTRY_MISSING
            seq() == 3
            lastSeq() == 4
            entry().seq() == 5
        }
        verdict.checked() == 2
    }

    def "a missing first entry is a gap too"() {
        given:
        def links = chain(3)
        def head = headOf(links)
        links.remove(0)

        expect:
        AuditChain.verify(links, head).firstBreak().reason() == Reason.ENTRY_MISSING
        AuditChain.verify(links, head).firstBreak().seq() == 1
    }

    def "entries cut off the end leave no gap, but the head remembers: TAIL_CUT"() {
        given:
        def links = chain(5)
        def head = headOf(links)

        when:
        def verdict = AuditChain.verify(links.subList(0, 3), head)

        then:
        with(verdict.firstBreak()) {
            reason() == Reason.TAIL_CUT
            seq() == 4
            lastSeq() == 5
            entry().seq() == 3
        }
        verdict.checked() == 3
    }

    def "the whole log cut away: TAIL_CUT with no entry to name"() {
        given:
        def head = headOf(chain(2))

        expect:
        with(AuditChain.verify([], head).firstBreak()) {
            reason() == Reason.TAIL_CUT
            seq() == 1
            lastSeq() == 2
            entry() == null
        }
    }

    def "a head that does not match the last entry, or entries beyond the head: HEAD_MISMATCH at #expectedSeq"() {
        given:
        def links = chain(4)
        def head = new Head(headSeq, links[hashOf - 1].hash())

        expect:
        with(AuditChain.verify(links, head).firstBreak()) {
            reason() == Reason.HEAD_MISMATCH
            seq() == expectedSeq
        }

        where: 'a head with the wrong hash, and a head that stopped at entry 2'
        headSeq | hashOf || expectedSeq
        4       | 3      || 4
        2       | 2      || 3
    }

    def "a duplicate entry is OUT_OF_ORDER"() {
        given:
        def links = chain(3)
        links.add(2, links[1])

        expect:
        AuditChain.verify(links, headOf(chain(3))).firstBreak().reason() == Reason.OUT_OF_ORDER
    }

    def "only the FIRST break is reported"() {
        given:
        def links = chain(6)
        links[1] = new Link(entry(seq: 2, action: 'round.phase'), links[1].prevHash(), links[1].hash())
        links.remove(4)

        expect:
        with(AuditChain.verify(links, headOf(chain(6))).firstBreak()) {
            reason() == Reason.CONTENT_CHANGED
            seq() == 2
        }
    }

    def "the streaming verifier stops taking entries after the break"() {
        given:
        def links = chain(4)
        def verifier = new AuditChain.Verifier(headOf(links))
        def broken = new Link(entry(seq: 2, action: 'x'), links[1].prevHash(), links[1].hash())

        expect:
        verifier.accept(links[0])
        !verifier.accept(broken)
        !verifier.accept(links[2])
        verifier.finish().firstBreak().seq() == 2
    }
}
