package org.jiedao.modules;

/**
 * A PGP key whose signatures this installation accepts.
 *
 * @param fingerprint the key's fingerprint, upper-case hex
 * @param userId      the key's first user id (who it belongs to), may be empty
 * @param source      where the trust comes from: {@code build} (the key this product was built with) or
 *                    {@code administrator} (trusted with {@code modules trust})
 */
public record TrustedKey(String fingerprint, String userId, String source) {
}
