package org.jiedao.modules.internal;

import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.bouncycastle.openpgp.PGPPublicKey;
import org.eclipse.equinox.p2.core.UIServices;

/**
 * What p2's CheckTrust phase asks when content is unsigned or signed by a key it does not trust yet
 * (trusted are the build key contributed by this bundle and the keys administrators trusted with
 * {@code modules trust}, both read by p2 itself). Without a {@link UIServices} in the agent p2 would
 * accept everything, so this one is always registered, headless or not, and it trusts nothing more:
 * the install is cancelled and what was refused is kept for a plain message. Trust is given ahead
 * of time by an administrator, never on the fly.
 */
final class TrustGate extends UIServices {

    /** What the last check refused: untrusted keys (fingerprint and user id) and unsigned artifacts. */
    record Refusal(List<String> keys, List<String> unsigned, int certificates) {
        boolean any() {
            return !keys.isEmpty() || !unsigned.isEmpty() || certificates > 0;
        }
    }

    private volatile Refusal last = new Refusal(List.of(), List.of(), 0);

    void reset() {
        last = new Refusal(List.of(), List.of(), 0);
    }

    Refusal lastRefusal() {
        return last;
    }

    @Override
    public AuthenticationInfo getUsernamePassword(String location) {
        return null;
    }

    @Override
    public AuthenticationInfo getUsernamePassword(String location, AuthenticationInfo previousInfo) {
        return null;
    }

    @Override
    public TrustInfo getTrustInfo(Certificate[][] untrustedChains, String[] unsignedDetail) {
        return getTrustInfo(untrustedChains, List.of(), unsignedDetail);
    }

    @Override
    public TrustInfo getTrustInfo(Certificate[][] untrustedChains, Collection<PGPPublicKey> untrustedPublicKeys,
            String[] details) {
        List<String> keys = new ArrayList<>();
        if (untrustedPublicKeys != null) {
            for (PGPPublicKey key : untrustedPublicKeys) {
                keys.add(Keys.describe(key));
            }
        }
        List<String> unsigned = new ArrayList<>();
        if (details != null) {
            for (String detail : details) {
                // p2 gives the artifact's file, possibly followed by " [key ids]"
                String file = detail.replaceAll(" \\[.*\\]$", "");
                unsigned.add(file.substring(file.lastIndexOf('/') + 1));
            }
        }
        last = new Refusal(List.copyOf(keys), List.copyOf(unsigned), untrustedChains == null ? 0 : untrustedChains.length);
        return new TrustInfo(List.of(), List.of(), false, false);
    }
}
