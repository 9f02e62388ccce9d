package org.jiedao.modules.internal;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One module change of this installation (install, update, uninstall, revert, repositories, trust),
 * refused ones included. Written through the shared persistence unit so the audit trail records it
 * in its hash chain like every other change.
 */
@Entity(name = "ModuleChange")
@Table(name = "MOD_CHANGE")
public class ModuleChangeRecord {

    @Id
    @GeneratedValue
    @Column(name = "ID")
    private Long id;

    @Column(name = "AT_UTC", nullable = false)
    private LocalDateTime atUtc;

    @Column(name = "USERNAME", nullable = false, length = 64)
    private String username;

    @Column(name = "ACTION", nullable = false, length = 16)
    private String action;

    @Column(name = "SUBJECT", nullable = false, length = 2000)
    private String subject;

    @Column(name = "OUTCOME", nullable = false, length = 16)
    private String outcome;

    @Column(name = "DETAIL", length = 4000)
    private String detail;

    @Column(name = "BACKUP", length = 1000)
    private String backup;

    protected ModuleChangeRecord() {
    }

    ModuleChangeRecord(LocalDateTime atUtc, String username, String action, String subject, String outcome,
            String detail, String backup) {
        this.atUtc = atUtc;
        this.username = username;
        this.action = action;
        this.subject = cut(subject, 2000);
        this.outcome = outcome;
        this.detail = cut(detail, 4000);
        this.backup = cut(backup, 1000);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() { return id; }
    public LocalDateTime getAtUtc() { return atUtc; }
    public String getUsername() { return username; }
    public String getAction() { return action; }
    public String getSubject() { return subject; }
    public String getOutcome() { return outcome; }
    public String getDetail() { return detail; }
    public String getBackup() { return backup; }
}
