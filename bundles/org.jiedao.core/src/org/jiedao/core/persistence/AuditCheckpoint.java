package org.jiedao.core.persistence;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Properties;

/**
 * The head of the audit trail's hash chain at one moment, written to a small file the administrator keeps away
 * from the database: {@link PersistenceService#verifyAudit(java.util.List)} later recomputes the chain from its
 * first record and proves every record up to {@link #seq()} unchanged, even after someone with the owner's rights
 * rewrote records and recomputed every hash after them.
 *
 * @param seq            the sequence number of the chain's last record when the checkpoint was taken (0: empty)
 * @param hash           that record's hash (64 hex digits)
 * @param takenAtUtc     when it was taken (UTC)
 * @param installationId the installation whose chain it is (a checkpoint of another installation proves nothing)
 * @since 1.3
 */
public record AuditCheckpoint(long seq, String hash, LocalDateTime takenAtUtc, String installationId) {

    /** The first line of a checkpoint file. */
    public static final String HEADER = "# Jiedao audit checkpoint";

    /** @return the text of a checkpoint file (Java properties, ASCII): {@link #parse} reads it back */
    public String format() {
        return HEADER + "\n" + "installation=" + installationId + "\n" + "seq=" + seq + "\n" + "hash=" + hash + "\n"
                + "taken-utc=" + takenAtUtc + "\n";
    }

    /**
     * @param text the text of a checkpoint file
     * @return the checkpoint it holds
     * @throws IllegalArgumentException when the text is not a complete checkpoint (the message names the key)
     */
    public static AuditCheckpoint parse(String text) {
        if (text == null || !text.startsWith(HEADER)) {
            throw new IllegalArgumentException(HEADER);
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(HEADER, e);
        }
        String installation = required(p, "installation");
        String hash = required(p, "hash");
        if (!hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("hash");
        }
        long seq;
        try {
            seq = Long.parseLong(required(p, "seq"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("seq", e);
        }
        if (seq < 0) {
            throw new IllegalArgumentException("seq");
        }
        LocalDateTime taken;
        try {
            taken = LocalDateTime.parse(required(p, "taken-utc"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("taken-utc", e);
        }
        return new AuditCheckpoint(seq, hash, taken, installation);
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key);
        }
        return value.strip();
    }
}
