package org.jiedao.petitions.internal;

import static org.jiedao.petitions.internal.PetitionSupport.*;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.petitions.PetitionAction;
import org.jiedao.petitions.PetitionAttachments;
import org.jiedao.petitions.PetitionException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Scans and photos of petitions in the database, each added or removed as a step of the history. */
@Component(service = PetitionAttachments.class)
public final class PetitionAttachmentsImpl implements PetitionAttachments {

    @Reference
    PersistenceService persistence;
    @Reference
    PetitionSupport support;

    @Override
    public long attach(long petitionId, String fileName, String mediaType, byte[] content) {
        String name = required(fileName, Messages.Field_fileName, 255);
        if (content == null || content.length == 0) {
            throw new PetitionException(NLS.bind(Messages.Refused_emptyAttachment, name));
        }
        long limit = attachmentLimit();
        if (content.length > limit) {
            throw new PetitionException(NLS.bind(Messages.Refused_attachmentSize,
                    new Object[] { name, (content.length + 1023) / 1024, megabytes(limit) }));
        }
        return persistence.transaction(em -> {
            Petition p = em.find(Petition.class, petitionId);
            if (p == null) {
                throw new PetitionException(NLS.bind(Messages.Refused_notFound, petitionId));
            }
            OrgUnit unit = support.unit(p.getUnitCode());
            PetitionAttachment a = new PetitionAttachment(petitionId, name,
                    mediaType == null || mediaType.isBlank() ? "application/octet-stream" : mediaType, content, support.who(), now());
            a.setUnit(unit);
            em.persist(a);
            em.flush();
            support.recordStep(em, p, unit, PetitionAction.ATTACHED, p.getStatus(), name);
            return a.getId();
        });
    }

    @Override
    public byte[] attachmentContent(long attachmentId) {
        return persistence.read(em -> {
            PetitionAttachment a = em.find(PetitionAttachment.class, attachmentId);
            if (a == null) {
                throw new PetitionException(NLS.bind(Messages.Refused_noAttachment, attachmentId));
            }
            return a.getContent();
        });
    }

    @Override
    public void removeAttachment(long attachmentId) {
        persistence.transaction(em -> {
            PetitionAttachment a = em.find(PetitionAttachment.class, attachmentId);
            if (a == null) {
                throw new PetitionException(NLS.bind(Messages.Refused_noAttachment, attachmentId));
            }
            Petition p = em.find(Petition.class, a.getPetitionId());
            OrgUnit unit = support.unit(p.getUnitCode());
            em.remove(a);
            support.recordStep(em, p, unit, PetitionAction.DETACHED, p.getStatus(), a.getFileName());
            return null;
        });
    }

    @Override
    public long attachmentLimit() {
        return persistence.read(em -> {
            PetitionSettingsRow s = em.find(PetitionSettingsRow.class, 1L);
            return s == null ? MAX_ATTACHMENT_BYTES : s.getMaxAttachmentKb() * 1024L;
        });
    }

    @Override
    public void setAttachmentLimit(long bytes) {
        support.requireAdmin();
        if (bytes < 100 * 1024 || bytes > ATTACHMENT_LIMIT_CEILING) {
            throw new PetitionException(NLS.bind(Messages.Refused_attachmentLimit, megabytes(bytes), megabytes(ATTACHMENT_LIMIT_CEILING)));
        }
        persistence.transaction(em -> {
            em.find(PetitionSettingsRow.class, 1L).setMaxAttachmentKb((int) (bytes / 1024));
            return null;
        });
    }
}
