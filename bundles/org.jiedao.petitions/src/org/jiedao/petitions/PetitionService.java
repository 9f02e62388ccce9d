package org.jiedao.petitions;

/**
 * All of 民意邮局 in one OSGi service: {@link PetitionIntake intake}, {@link PetitionQueries queries},
 * the {@link PetitionWorkflow workflow}, {@link PetitionAttachments attachments}, the weekly
 * {@link MailboxOpenings mailbox openings}, the {@link PetitionSettings settings} and
 * {@link PetitionPrivacy privacy}. Each section is a service of its own; this one hands every call to
 * them, for callers that use most of them (the petitions parts, the command line). New code asks for
 * the section it uses.
 * <p>
 * Everything goes through the platform's persistence service, so the signed-in user's org-unit
 * scope applies (a community worker sees and changes their community's petitions only) and every
 * change is in the audit trail.
 */
public interface PetitionService
        extends PetitionIntake, PetitionQueries, PetitionWorkflow, PetitionAttachments, MailboxOpenings, PetitionSettings, PetitionPrivacy {
}
