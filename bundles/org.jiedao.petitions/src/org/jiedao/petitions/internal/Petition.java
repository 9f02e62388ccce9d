package org.jiedao.petitions.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;
import org.jiedao.core.privacy.PersonalData;
import org.jiedao.petitions.Channel;
import org.jiedao.petitions.PetitionKind;
import org.jiedao.petitions.PetitionStatus;

/** A petition, in the unit (community) it belongs to. */
@Entity(name = "Petition")
@Table(name = "PET_PETITION")
public class Petition extends ScopedVersionedEntity {

    @Column(name = "RECEIVED_ON", nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "CHANNEL", nullable = false, length = 16)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 16)
    private PetitionKind kind;

    @Column(name = "CATEGORY", length = 50)
    private String category;

    /** The 急难愁盼 characters set, e.g. 急难; empty for normal. */
    @Column(name = "URGENCY", length = 8)
    private String urgency;

    @PersonalData(PersonalData.Kind.NAME)
    @Column(name = "PETITIONER", length = 50)
    private String petitioner;

    @PersonalData(PersonalData.Kind.PHONE)
    @Column(name = "PHONE", length = 30)
    private String phone;

    @Column(name = "CONTENT", nullable = false, length = 4000)
    private String content;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    private PetitionStatus status;

    @Column(name = "ASSIGNEE", length = 100)
    private String assignee;

    /** UNIT or USER. */
    @Column(name = "ASSIGNEE_KIND", length = 8)
    private String assigneeKind;

    @Column(name = "ASSIGNEE_CODE", length = 64)
    private String assigneeCode;

    @Column(name = "DUE_ON", nullable = false)
    private LocalDate dueOn;

    @Column(name = "REPLY", length = 4000)
    private String reply;

    @Column(name = "REPLIED_ON")
    private LocalDate repliedOn;

    @Column(name = "SATISFACTION")
    private Integer satisfaction;

    @Column(name = "FOLLOW_UP", length = 2000)
    private String followUp;

    @Column(name = "CLOSED_ON")
    private LocalDate closedOn;

    @Column(name = "REASON", length = 2000)
    private String reason;

    @Column(name = "MERGED_INTO")
    private Long mergedInto;

    @Column(name = "OPENING_ID")
    private Long openingId;

    @Column(name = "REGISTERED_BY", nullable = false, length = 64)
    private String registeredBy;

    @Column(name = "REGISTERED_AT_UTC", nullable = false)
    private LocalDateTime registeredAtUtc;

    protected Petition() {
    }

    Petition(LocalDate receivedOn, Channel channel, PetitionKind kind, String category, String urgency, String petitioner, String phone,
            String content, LocalDate dueOn, Long openingId, String registeredBy, LocalDateTime registeredAtUtc) {
        this.receivedOn = receivedOn;
        this.channel = channel;
        this.kind = kind;
        this.category = category;
        this.urgency = urgency;
        this.petitioner = petitioner;
        this.phone = phone;
        this.content = content;
        this.status = PetitionStatus.REGISTERED;
        this.dueOn = dueOn;
        this.openingId = openingId;
        this.registeredBy = registeredBy;
        this.registeredAtUtc = registeredAtUtc;
    }

    public LocalDate getReceivedOn() { return receivedOn; }
    public Channel getChannel() { return channel; }
    public PetitionKind getKind() { return kind; }
    public String getCategory() { return category; }
    public String getUrgency() { return urgency; }
    public String getPetitioner() { return petitioner; }
    public String getPhone() { return phone; }
    public String getContent() { return content; }
    public PetitionStatus getStatus() { return status; }
    public String getAssignee() { return assignee; }
    public String getAssigneeKind() { return assigneeKind; }
    public String getAssigneeCode() { return assigneeCode; }
    public LocalDate getDueOn() { return dueOn; }
    public String getReply() { return reply; }
    public LocalDate getRepliedOn() { return repliedOn; }
    public Integer getSatisfaction() { return satisfaction; }
    public String getFollowUp() { return followUp; }
    public LocalDate getClosedOn() { return closedOn; }
    public String getReason() { return reason; }
    public Long getMergedInto() { return mergedInto; }
    public Long getOpeningId() { return openingId; }
    public String getRegisteredBy() { return registeredBy; }

    void setStatus(PetitionStatus status) { this.status = status; }
    void setAssignee(String kind, String code, String name) { this.assigneeKind = kind; this.assigneeCode = code; this.assignee = name; }
    void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    void setReply(String reply, LocalDate on) { this.reply = reply; this.repliedOn = on; }
    void setClosed(Integer satisfaction, String followUp, LocalDate on) { this.satisfaction = satisfaction; this.followUp = followUp; this.closedOn = on; }
    void setReason(String reason) { this.reason = reason; }
    void setMergedInto(Long mergedInto) { this.mergedInto = mergedInto; }
}
