package org.jiedao.petitions.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiedao.petitions.Deadlines;
import org.jiedao.petitions.MailboxOpening;
import org.jiedao.petitions.MailboxOpenings;
import org.jiedao.petitions.NewPetition;
import org.jiedao.petitions.PetitionAttachments;
import org.jiedao.petitions.PetitionDetails;
import org.jiedao.petitions.PetitionIntake;
import org.jiedao.petitions.PetitionPrivacy;
import org.jiedao.petitions.PetitionQueries;
import org.jiedao.petitions.PetitionQuery;
import org.jiedao.petitions.PetitionService;
import org.jiedao.petitions.PetitionSettings;
import org.jiedao.petitions.PetitionStatus;
import org.jiedao.petitions.PetitionSummary;
import org.jiedao.petitions.PetitionWorkflow;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link PetitionService}: every call handed to the service of its section. */
@Component(service = PetitionService.class)
public final class PetitionServiceImpl implements PetitionService {

    @Reference
    PetitionIntake intake;
    @Reference
    PetitionQueries queries;
    @Reference
    PetitionWorkflow workflow;
    @Reference
    PetitionAttachments attachments;
    @Reference
    MailboxOpenings openings;
    @Reference
    PetitionSettings settings;
    @Reference
    PetitionPrivacy privacy;

    @Override
    public long register(NewPetition petition) {
        return intake.register(petition);
    }

    @Override
    public List<PetitionSummary> list(PetitionQuery query) {
        return queries.list(query);
    }

    @Override
    public long count(PetitionQuery query) {
        return queries.count(query);
    }

    @Override
    public Map<PetitionStatus, Long> countsByStatus() {
        return queries.countsByStatus();
    }

    @Override
    public Satisfaction satisfaction() {
        return queries.satisfaction();
    }

    @Override
    public long countDueSoon() {
        return queries.countDueSoon();
    }

    @Override
    public Optional<PetitionSummary> summary(long id) {
        return queries.summary(id);
    }

    @Override
    public Optional<PetitionDetails> find(long id) {
        return queries.find(id);
    }

    @Override
    public PetitionSummary assign(long id, long version, String unitOrUser) {
        return workflow.assign(id, version, unitOrUser);
    }

    @Override
    public PetitionSummary start(long id, long version) {
        return workflow.start(id, version);
    }

    @Override
    public PetitionSummary reply(long id, long version, String text) {
        return workflow.reply(id, version, text);
    }

    @Override
    public PetitionSummary close(long id, long version, int satisfaction, String followUp) {
        return workflow.close(id, version, satisfaction, followUp);
    }

    @Override
    public PetitionSummary reject(long id, long version, String reason) {
        return workflow.reject(id, version, reason);
    }

    @Override
    public PetitionSummary merge(long id, long version, long intoId, String reason) {
        return workflow.merge(id, version, intoId, reason);
    }

    @Override
    public PetitionSummary reopen(long id, long version, String reason) {
        return workflow.reopen(id, version, reason);
    }

    @Override
    public long attach(long petitionId, String fileName, String mediaType, byte[] content) {
        return attachments.attach(petitionId, fileName, mediaType, content);
    }

    @Override
    public byte[] attachmentContent(long attachmentId) {
        return attachments.attachmentContent(attachmentId);
    }

    @Override
    public void removeAttachment(long attachmentId) {
        attachments.removeAttachment(attachmentId);
    }

    @Override
    public long attachmentLimit() {
        return attachments.attachmentLimit();
    }

    @Override
    public void setAttachmentLimit(long bytes) {
        attachments.setAttachmentLimit(bytes);
    }

    @Override
    public long recordOpening(String communityCode, LocalDate openedOn, String openedBy, String witness, String note) {
        return openings.recordOpening(communityCode, openedOn, openedBy, witness, note);
    }

    @Override
    public List<MailboxOpening> openings(int limit) {
        return openings.openings(limit);
    }

    @Override
    public Map<String, String> mailboxesNotOpened(LocalDate day) {
        return openings.mailboxesNotOpened(day);
    }

    @Override
    public List<String> categories() {
        return settings.categories();
    }

    @Override
    public void addCategory(String name) {
        settings.addCategory(name);
    }

    @Override
    public void removeCategory(String name) {
        settings.removeCategory(name);
    }

    @Override
    public Deadlines deadlines() {
        return settings.deadlines();
    }

    @Override
    public void setDeadlines(Deadlines deadlines) {
        settings.setDeadlines(deadlines);
    }

    @Override
    public boolean isHandler(String unitCode) {
        return privacy.isHandler(unitCode);
    }

    @Override
    public void recordDisclosure(Disclosure purpose, Long petitionId, String unitCode, long records) {
        privacy.recordDisclosure(purpose, petitionId, unitCode, records);
    }
}
