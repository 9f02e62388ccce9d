package org.jiedao.security.internal.users;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted, slow password hashes: PBKDF2 with HMAC-SHA-512, 210,000 iterations (OWASP's
 * recommendation for this function), a random 16-byte salt per password. Stored as
 * {@code pbkdf2-sha512$ITERATIONS$SALT$HASH} (Base64), so the cost can rise later while old
 * hashes still verify.
 */
public final class PasswordHasher {

    static final int ITERATIONS = 210_000;
    private static final String PREFIX = "pbkdf2-sha512";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHasher() {
    }

    public static String hash(char[] password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, ITERATIONS);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** Compares in constant time; a malformed stored value never matches. */
    public static boolean verify(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(password, salt, iterations));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The part of a stored hash a derivation needs ({@code ITERATIONS$SALT}), not secret: kept as a hint so that the
     * next sign-in can start deriving while the database opens ({@link #deriveEarly}). Null for a malformed value.
     */
    static String saltPart(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        return parts.length == 4 && PREFIX.equals(parts[0]) ? parts[1] + "$" + parts[2] : null;
    }

    /** Starts deriving the key for a hint's salt on a thread of its own (the password is copied). */
    static java.util.concurrent.CompletableFuture<byte[]> deriveEarly(char[] password, String saltPart) {
        String[] parts = saltPart.split("\\$");
        char[] copy = password.clone();
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return derive(copy, Base64.getDecoder().decode(parts[1]), Integer.parseInt(parts[0]));
            } finally {
                Arrays.fill(copy, '\0');
            }
        });
    }

    /**
     * {@link #verify(char[], String)} using a derivation started early when it was started with the stored hash's salt
     * (else deriving now): the same answer, the same constant-time comparison.
     */
    static boolean verify(char[] password, String stored, String earlySaltPart, java.util.concurrent.CompletableFuture<byte[]> early) {
        if (early == null || earlySaltPart == null || !earlySaltPart.equals(saltPart(stored))) {
            return verify(password, stored);
        }
        try {
            byte[] expected = Base64.getDecoder().decode(stored.split("\\$")[3]);
            return MessageDigest.isEqual(expected, early.join());
        } catch (IllegalArgumentException | java.util.concurrent.CompletionException e) {
            return verify(password, stored);
        }
    }

    /** Spends the time of a verification, so a missing user cannot be told from a wrong password by timing. */
    static void spendVerificationTime(char[] password) {
        derive(password, new byte[16], ITERATIONS);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 512);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA512 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
