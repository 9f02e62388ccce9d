package org.jiedao.petitions;

import java.time.LocalDateTime;

/**
 * An attachment (a scan or a photo) of a petition, without its content.
 *
 * @param id        the attachment's id (for {@link PetitionService#attachmentContent(long)})
 * @param fileName  the file's name
 * @param mediaType e.g. {@code image/jpeg}
 * @param size      bytes
 * @param addedBy   who added it
 * @param addedAtUtc when
 */
public record AttachmentInfo(long id, String fileName, String mediaType, long size, String addedBy, LocalDateTime addedAtUtc) {
}
