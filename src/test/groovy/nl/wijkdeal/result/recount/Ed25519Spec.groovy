package nl.wijkdeal.result.recount

import spock.lang.Specification

import java.util.HexFormat

class Ed25519Spec extends Specification {

    static final HexFormat HEX = HexFormat.of()

    def "RFC 8032 test 1: the key and signature from the seed are the published ones"() {
        given:
        def key = Ed25519.fromSeed(HEX.parseHex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60'))

        expect:
        HEX.formatHex(key.publicKey()) == 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a'
        HEX.formatHex(key.sign(new byte[0])) == 'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b'
    }

    def "a signature verifies for its message and key, and for nothing else"() {
        given:
        def message = 'manifest'.bytes
        def signature = Results.KEY.sign(message)

        expect:
        Ed25519.verify(Results.KEY.publicKey(), message, signature)
        !Ed25519.verify(Results.KEY.publicKey(), 'manifesT'.bytes, signature)
        !Ed25519.verify(Results.OTHER_KEY.publicKey(), message, signature)
        !Ed25519.verify(Results.KEY.publicKey(), message, flip(signature))
        !Ed25519.verify(Results.KEY.publicKey(), message, new byte[10])
        !Ed25519.verify(new byte[5], message, signature)
    }

    def "signing is deterministic, so the same manifest gives the same bundle"() {
        expect:
        Results.KEY.sign('x'.bytes) == Results.KEY.sign('x'.bytes)
    }

    def "the fingerprint is ed25519: and 16 hex digits of the key's SHA-256, and toString shows nothing more"() {
        expect:
        Results.KEY.fingerprint() ==~ /ed25519:[0-9a-f]{16}/
        Results.KEY.fingerprint() == 'ed25519:' + Sha256.hex(Sha256.of(Results.KEY.publicKey())).substring(0, 16)
        Results.KEY.toString() == "Ed25519[${Results.KEY.fingerprint()}]"
        Base64.decoder.decode(Results.KEY.publicKeyBase64()) == Results.KEY.publicKey()
    }

    def "a seed must be 32 bytes"() {
        when:
        Ed25519.fromSeed(new byte[31])

        then:
        thrown(IllegalArgumentException)
    }

    private static byte[] flip(byte[] b) {
        def copy = b.clone()
        copy[0] = (byte) (copy[0] ^ 1)
        copy
    }
}
