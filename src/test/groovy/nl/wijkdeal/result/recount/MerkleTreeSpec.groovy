package nl.wijkdeal.result.recount

import spock.lang.Specification

import java.util.HexFormat

/**
 * The Certificate Transparency reference vectors (RFC 6962 test data, as published with
 * certificate-transparency-go / transparency-dev/merkle): if our roots differ, no other tool agrees.
 */
class MerkleTreeSpec extends Specification {

    static final HexFormat HEX = HexFormat.of()
    static final List<byte[]> CT_LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657',
                                           '606162636465666768696a6b6c6d6e6f'].collect { HEX.parseHex(it) }

    def "the root of the first #size reference leaves is the published one"() {
        expect:
        HEX.formatHex(MerkleTree.root(CT_LEAVES.subList(0, size))) == root

        where:
        size | root
        0    | 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
        1    | '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d'
        2    | 'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125'
        3    | 'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77'
        4    | 'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7'
        5    | '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4'
        6    | '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef'
        7    | 'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c'
        8    | '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328'
    }

    def "the audit path of leaf #index in a tree of #size is the published one, and verifies"() {
        given:
        def leaves = CT_LEAVES.subList(0, size)
        def root = MerkleTree.root(leaves)

        when:
        def proof = MerkleTree.inclusionProof(leaves, index)

        then:
        proof.collect { HEX.formatHex(it) } == path
        MerkleTree.verify(leaves[index], index, size, proof, root)

        where:
        index | size | path
        0     | 1    | []
        0     | 8    | ['96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
                        '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
                        '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4']
        5     | 8    | ['bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
                        'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
                        'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7']
        2     | 3    | ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125']
        1     | 5    | ['6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
                        '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
                        'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b']
    }

    def "in a tree of #size leaves every leaf's proof verifies, and any change makes it fail"() {
        given:
        List<byte[]> leaves = (0..<size).collect { "ballot-$it".bytes }
        def root = MerkleTree.root(leaves)
        def failures = []

        when:
        // Not checked: another tree size. Leaf 0 of 3 and of 4 have the same path, so a proof cannot bind
        // the size; the signed manifest does (the number of ballots).
        for (int i = 0; i < size; i++) {
            def path = MerkleTree.inclusionProof(leaves, i)
            if (!MerkleTree.verify(leaves[i], i, size, path, root)) failures << "$i: valid proof refused"
            if (MerkleTree.verify('ballot-x'.bytes, i, size, path, root)) failures << "$i: other leaf passed"
            if (size > 1 && MerkleTree.verify(leaves[i], (i + 1) % size, size, path, root)) failures << "$i: other index passed"
            if (!path.isEmpty() && MerkleTree.verify(leaves[i], i, size, path.subList(0, path.size() - 1), root)) failures << "$i: shorter path passed"
            if (MerkleTree.verify(leaves[i], i, size, path + [root], root)) failures << "$i: longer path passed"
            if (!path.isEmpty() && MerkleTree.verify(leaves[i], i, size, flip(path), root)) failures << "$i: changed path passed"
            if (size > 1 && MerkleTree.verify(leaves[i], i, size, path, MerkleTree.root(leaves.subList(0, size - 1)))) failures << "$i: other root passed"
        }

        then:
        failures == []

        where:
        size << (1..33)
    }

    def "an index outside the tree never verifies"() {
        given:
        List<byte[]> leaves = (0..<4).collect { "b$it".bytes }
        def root = MerkleTree.root(leaves)
        def path = MerkleTree.inclusionProof(leaves, 3)

        expect:
        !MerkleTree.verify(leaves[3], 4, 4, path, root)
        !MerkleTree.verify(leaves[3], -1, 4, path, root)
        !MerkleTree.verify(leaves[3], 3, 0, path, root)
    }

    def "a leaf is not an inner node: a two-leaf tree's root is no leaf of a one-leaf tree"() {
        given:
        List<byte[]> two = ['a'.bytes, 'b'.bytes]
        byte[] inner = ((MerkleTree.leafHash('a'.bytes) as List) + (MerkleTree.leafHash('b'.bytes) as List)) as byte[]

        expect:
        MerkleTree.root([inner]) != MerkleTree.root(two)
    }

    def "ballot leaves follow the spec: voter|ids|points"() {
        expect:
        new String(BallotLeaves.leaf(new nl.wijkdeal.tally.Ballot('3', ['1', '4'], [])), 'UTF-8') == '3|1,4|'
        new String(BallotLeaves.leaf(new nl.wijkdeal.tally.Ballot('12', ['2', '1'], [3L, 2L])), 'UTF-8') == '12|2,1|3,2'
        new String(BallotLeaves.leaf(new nl.wijkdeal.tally.Ballot('5', [], [])), 'UTF-8') == '5||'
    }

    private static List<byte[]> flip(List<byte[]> path) {
        def copy = path.collect { it.clone() }
        copy[0][0] = (byte) (copy[0][0] ^ 1)
        copy
    }
}
