package nl.wijkdeal.result.recount;

import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * An Ed25519 key pair from a 32-byte seed, and verification with a bare public key. Ed25519 because
 * its signatures are deterministic (the same manifest gives the same signature) and its public key is
 * 32 bytes, short enough to print on the results page and in the newspaper.
 */
public final class Ed25519 {

    public static final int SEED_BYTES = Ed25519PrivateKeyParameters.KEY_SIZE;
    public static final int PUBLIC_KEY_BYTES = Ed25519PublicKeyParameters.KEY_SIZE;

    private final Ed25519PrivateKeyParameters privateKey;
    private final byte[] publicKey;

    private Ed25519(byte[] seed) {
        if (seed.length != SEED_BYTES) {
            throw new IllegalArgumentException("an Ed25519 seed is " + SEED_BYTES + " bytes, not " + seed.length);
        }
        this.privateKey = new Ed25519PrivateKeyParameters(seed, 0);
        this.publicKey = privateKey.generatePublicKey().getEncoded();
    }

    public static Ed25519 fromSeed(byte[] seed) {
        return new Ed25519(seed);
    }

    public byte[] sign(byte[] message) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, privateKey);
        signer.update(message, 0, message.length);
        return signer.generateSignature();
    }

    public byte[] publicKey() {
        return publicKey.clone();
    }

    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey);
    }

    public String fingerprint() {
        return fingerprint(publicKey);
    }

    /** {@code ed25519:} and the first 16 hex digits of SHA-256(key): short enough to compare by eye. */
    public static String fingerprint(byte[] publicKey) {
        return "ed25519:" + Sha256.hex(Sha256.of(publicKey)).substring(0, 16);
    }

    /** False for a wrong signature, and for a key or signature of the wrong length, never an exception. */
    public static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        if (publicKey.length != PUBLIC_KEY_BYTES || signature.length != Ed25519PrivateKeyParameters.SIGNATURE_SIZE) {
            return false;
        }
        try {
            Ed25519Signer verifier = new Ed25519Signer();
            verifier.init(false, new Ed25519PublicKeyParameters(publicKey, 0));
            verifier.update(message, 0, message.length);
            return verifier.verifySignature(signature);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Never the key itself, so a log line or an exception message cannot leak it. */
    @Override
    public String toString() {
        return "Ed25519[" + fingerprint() + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ed25519 other && Arrays.equals(publicKey, other.publicKey);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(publicKey);
    }
}
