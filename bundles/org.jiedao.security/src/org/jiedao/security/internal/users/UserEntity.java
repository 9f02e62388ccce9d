package org.jiedao.security.internal.users;

import java.time.LocalDateTime;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.jiedao.core.security.Role;
import org.jiedao.core.security.UserAccount;

import org.jiedao.core.persistence.VersionedEntity;

/** Table JD_USER (schema: db/changelog/security.xml). Times in UTC. */
@Entity
@Table(name = "JD_USER")
public class UserEntity extends VersionedEntity {

    @Column(name = "USERNAME", nullable = false, length = 32)
    private String username;

    @Column(name = "DISPLAY_NAME", nullable = false, length = 100)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(name = "ROLE", nullable = false, length = 32)
    private Role role;

    @Column(name = "UNIT_CODE", length = 32)
    private String unitCode;

    @Column(name = "PASSWORD_HASH", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "FAILED_SIGN_INS", nullable = false)
    private int failedSignIns;

    @Column(name = "LOCKED_UNTIL_UTC")
    private LocalDateTime lockedUntil;

    @Column(name = "DISABLED", nullable = false)
    private boolean disabled;

    @Column(name = "CREATED_AT_UTC", nullable = false)
    private LocalDateTime createdAt;

    protected UserEntity() {
    }

    UserEntity(String username, String displayName, Role role, String unitCode, String passwordHash, LocalDateTime createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.unitCode = unitCode;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    String passwordHash() {
        return passwordHash;
    }

    void setPasswordHash(String hash) {
        this.passwordHash = hash;
        this.failedSignIns = 0;
        this.lockedUntil = null;
    }

    int failedSignIns() {
        return failedSignIns;
    }

    void failed(int count, LocalDateTime lockUntil) {
        this.failedSignIns = count;
        this.lockedUntil = lockUntil;
    }

    LocalDateTime lockedUntil() {
        return lockedUntil;
    }

    void succeeded() {
        this.failedSignIns = 0;
        this.lockedUntil = null;
    }

    UserAccount toAccount() {
        return new UserAccount(username, displayName, role, Optional.ofNullable(unitCode));
    }

    boolean disabled() {
        return disabled;
    }

    void setDisabled(boolean value) {
        this.disabled = value;
    }

    Role role() {
        return role;
    }

    void setRoleAndUnit(Role newRole, String newUnit) {
        this.role = newRole;
        this.unitCode = newUnit;
    }
}
