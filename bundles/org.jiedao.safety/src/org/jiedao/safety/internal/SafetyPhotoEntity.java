package org.jiedao.safety.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** Table SAFETY_PHOTO: a photo (JPEG or PNG) of a finding, stored with the record. Fields are package-visible for the module's services (public for its tests and contributions). */
@Entity(name = "SafetyPhoto")
@Table(name = "SAFETY_PHOTO")
public class SafetyPhotoEntity extends ScopedVersionedEntity {

    @Column(name = "FINDING_ID", nullable = false) public long findingId;
    @Column(name = "FILE_NAME", nullable = false, length = 200) public String fileName;
    @Column(name = "MEDIA_TYPE", nullable = false, length = 20) public String mediaType;
    @Column(name = "BYTES", nullable = false) public long size;
    @Lob @Basic(fetch = FetchType.LAZY) @Column(name = "CONTENT", nullable = false) public byte[] content;

    public SafetyPhotoEntity() {
    }
}
