package org.jiedao.petitions.internal;

import java.time.LocalDateTime;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** A scan or photo of a petition, stored in the database (at most 5 MiB). */
@Entity(name = "PetitionAttachment")
@Table(name = "PET_ATTACHMENT")
public class PetitionAttachment extends ScopedVersionedEntity {

    @Column(name = "PETITION_ID", nullable = false)
    private long petitionId;

    @Column(name = "FILE_NAME", nullable = false, length = 255)
    private String fileName;

    @Column(name = "MEDIA_TYPE", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "BYTE_SIZE", nullable = false)
    private long size;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT", nullable = false)
    private byte[] content;

    @Column(name = "ADDED_BY", nullable = false, length = 64)
    private String addedBy;

    @Column(name = "ADDED_AT_UTC", nullable = false)
    private LocalDateTime addedAtUtc;

    protected PetitionAttachment() {
    }

    PetitionAttachment(long petitionId, String fileName, String mediaType, byte[] content, String addedBy, LocalDateTime addedAtUtc) {
        this.petitionId = petitionId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.content = content;
        this.size = content.length;
        this.addedBy = addedBy;
        this.addedAtUtc = addedAtUtc;
    }

    public long getPetitionId() { return petitionId; }
    public String getFileName() { return fileName; }
    public String getMediaType() { return mediaType; }
    public long getSize() { return size; }
    public byte[] getContent() { return content; }
    public String getAddedBy() { return addedBy; }
    public LocalDateTime getAddedAtUtc() { return addedAtUtc; }
}
