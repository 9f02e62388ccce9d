package org.jiedao.petitions;

/**
 * Scans and photos of petitions, kept in the database (an OSGi service). Adding or removing one is
 * a step of the petition's history.
 */
public interface PetitionAttachments {

    /** Largest attachment accepted by default, in bytes (5 MiB); see {@link #attachmentLimit()}. */
    long MAX_ATTACHMENT_BYTES = 5L * 1024 * 1024;

    /** The most {@link #setAttachmentLimit(long)} accepts (50 MiB). */
    long ATTACHMENT_LIMIT_CEILING = 50L * 1024 * 1024;

    /** Adds an attachment (at most {@link #attachmentLimit()} bytes; larger ones are refused with the sizes in the message). @return its id */
    long attach(long petitionId, String fileName, String mediaType, byte[] content);

    /** @return the attachment's content */
    byte[] attachmentContent(long attachmentId);

    /** Removes an attachment (a history step naming the file). */
    void removeAttachment(long attachmentId);

    /** @return the largest attachment accepted, in bytes (a setting, default {@link #MAX_ATTACHMENT_BYTES}) */
    long attachmentLimit();

    /** Changes the attachment limit (district administrators; 100 KiB to {@link #ATTACHMENT_LIMIT_CEILING}). */
    void setAttachmentLimit(long bytes);
}
