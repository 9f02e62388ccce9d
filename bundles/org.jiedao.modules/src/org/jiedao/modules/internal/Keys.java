package org.jiedao.modules.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPPublicKeyRingCollection;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;

/** Reading armored PGP public keys (one or more blocks) and naming them for people. */
final class Keys {

    private static final String BEGIN = "-----BEGIN PGP PUBLIC KEY BLOCK-----";

    private Keys() {
    }

    /** @return the key rings of every armored block in {@code text} (blocks that do not parse are skipped) */
    static List<PGPPublicKeyRing> parse(String text) {
        List<PGPPublicKeyRing> rings = new ArrayList<>();
        if (text == null) {
            return rings;
        }
        int start = text.indexOf(BEGIN);
        while (start >= 0) {
            int next = text.indexOf(BEGIN, start + BEGIN.length());
            String block = next < 0 ? text.substring(start) : text.substring(start, next);
            try (InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(block.getBytes(StandardCharsets.US_ASCII)))) {
                for (PGPPublicKeyRing ring : new PGPPublicKeyRingCollection(in, new BcKeyFingerprintCalculator())) {
                    rings.add(ring);
                }
            } catch (IOException | PGPException | RuntimeException e) {
                // not a public key block: skipped, the caller reports when nothing was found
            }
            start = next;
        }
        return rings;
    }

    static String fingerprint(PGPPublicKey key) {
        return HexFormat.of().withUpperCase().formatHex(key.getFingerprint());
    }

    static String userId(PGPPublicKey key) {
        Iterator<String> ids = key.getUserIDs();
        return ids.hasNext() ? ids.next() : "";
    }

    /** @return the key's user id and fingerprint, as people compare them */
    static String describe(PGPPublicKey key) {
        String user = userId(key);
        String id = fingerprint(key);
        return user.isEmpty() ? id : user + " " + id;
    }

    /** @return the master key of a ring described, e.g. {@code Jiedao build key (...) 1A2B...} */
    static String describe(PGPPublicKeyRing ring) {
        return describe(ring.getPublicKey());
    }
}
