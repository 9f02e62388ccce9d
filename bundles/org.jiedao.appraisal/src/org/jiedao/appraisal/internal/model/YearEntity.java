package org.jiedao.appraisal.internal.model;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jiedao.appraisal.Grade;
import org.jiedao.appraisal.HonourLevel;
import org.jiedao.appraisal.Indicator;
import org.jiedao.appraisal.RaterLevel;
import org.jiedao.appraisal.rules.AppraisalSettings;

/**
 * An appraisal year with its settings, stored with it so that later changes of the defaults never
 * change its grades, and its publication state. Installation-wide (not scoped): a year is the same
 * for every unit; who may change it is checked by the service (permission {@code org.jiedao.appraisal.admin}).
 */
@Entity
@Table(name = "APR_YEAR")
public class YearEntity {

    @Id
    @Column(name = "YEAR_NO")
    private int year;

    @Column(name = "W_DE", nullable = false, precision = 9, scale = 6) private BigDecimal wDe;
    @Column(name = "W_NENG", nullable = false, precision = 9, scale = 6) private BigDecimal wNeng;
    @Column(name = "W_QIN", nullable = false, precision = 9, scale = 6) private BigDecimal wQin;
    @Column(name = "W_JI", nullable = false, precision = 9, scale = 6) private BigDecimal wJi;
    @Column(name = "W_LIAN", nullable = false, precision = 9, scale = 6) private BigDecimal wLian;
    @Column(name = "W_SUPERIOR", nullable = false, precision = 9, scale = 6) private BigDecimal wSuperior;
    @Column(name = "W_PEER", nullable = false, precision = 9, scale = 6) private BigDecimal wPeer;
    @Column(name = "W_SUBORDINATE", nullable = false, precision = 9, scale = 6) private BigDecimal wSubordinate;
    @Column(name = "W_QUARTERS", nullable = false, precision = 9, scale = 6) private BigDecimal wQuarters;
    @Column(name = "W_EXAM", nullable = false, precision = 9, scale = 6) private BigDecimal wExam;
    @Column(name = "PTS_DISTRICT", nullable = false, precision = 9, scale = 4) private BigDecimal ptsDistrict;
    @Column(name = "PTS_STREET", nullable = false, precision = 9, scale = 4) private BigDecimal ptsStreet;
    @Column(name = "HONOUR_CAP", nullable = false, precision = 9, scale = 4) private BigDecimal honourCap;
    @Column(name = "Q_A", nullable = false, precision = 9, scale = 4) private BigDecimal quotaA;
    @Column(name = "Q_B", nullable = false, precision = 9, scale = 4) private BigDecimal quotaB;
    @Column(name = "Q_C", nullable = false, precision = 9, scale = 4) private BigDecimal quotaC;
    @Column(name = "Q_D", nullable = false, precision = 9, scale = 4) private BigDecimal quotaD;
    /** bonus factors of the 1st, 2nd, 3rd (and later) cumulative D year */
    @Column(name = "BONUS_D1", nullable = false, precision = 5, scale = 4) private BigDecimal bonusD1;
    @Column(name = "BONUS_D2", nullable = false, precision = 5, scale = 4) private BigDecimal bonusD2;
    @Column(name = "BONUS_D3", nullable = false, precision = 5, scale = 4) private BigDecimal bonusD3;

    @Column(name = "PUBLISHED", nullable = false)
    private boolean published;

    @Column(name = "PUBLISHED_BY", length = 100)
    private String publishedBy;

    @Column(name = "PUBLISHED_AT")
    private LocalDateTime publishedAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected YearEntity() {
    }

    public YearEntity(int year, AppraisalSettings settings) {
        this.year = year;
        setSettings(settings);
    }

    public int getYear() {
        return year;
    }

    public AppraisalSettings getSettings() {
        Map<Indicator, BigDecimal> indicators = new EnumMap<>(Indicator.class);
        indicators.put(Indicator.DE, wDe);
        indicators.put(Indicator.NENG, wNeng);
        indicators.put(Indicator.QIN, wQin);
        indicators.put(Indicator.JI, wJi);
        indicators.put(Indicator.LIAN, wLian);
        return new AppraisalSettings(indicators,
                Map.of(RaterLevel.SUPERIOR, wSuperior, RaterLevel.PEER, wPeer, RaterLevel.SUBORDINATE, wSubordinate), wQuarters,
                wExam, Map.of(HonourLevel.DISTRICT, ptsDistrict, HonourLevel.STREET, ptsStreet), honourCap,
                Map.of(Grade.A, quotaA, Grade.B, quotaB, Grade.C, quotaC, Grade.D, quotaD), List.of(bonusD1, bonusD2, bonusD3));
    }

    /** Stores the settings; D bonus factors beyond the third are not stored (the third applies from then on). */
    public void setSettings(AppraisalSettings s) {
        wDe = s.indicatorWeights().get(Indicator.DE);
        wNeng = s.indicatorWeights().get(Indicator.NENG);
        wQin = s.indicatorWeights().get(Indicator.QIN);
        wJi = s.indicatorWeights().get(Indicator.JI);
        wLian = s.indicatorWeights().get(Indicator.LIAN);
        wSuperior = s.levelWeights().get(RaterLevel.SUPERIOR);
        wPeer = s.levelWeights().get(RaterLevel.PEER);
        wSubordinate = s.levelWeights().get(RaterLevel.SUBORDINATE);
        wQuarters = s.quarterWeight();
        wExam = s.examWeight();
        ptsDistrict = s.honourPoints().get(HonourLevel.DISTRICT);
        ptsStreet = s.honourPoints().get(HonourLevel.STREET);
        honourCap = s.honourCap();
        quotaA = s.quotaPercents().get(Grade.A);
        quotaB = s.quotaPercents().get(Grade.B);
        quotaC = s.quotaPercents().get(Grade.C);
        quotaD = s.quotaPercents().get(Grade.D);
        bonusD1 = s.dBonusFactor(1);
        bonusD2 = s.dBonusFactor(2);
        bonusD3 = s.dBonusFactor(3);
    }

    public boolean isPublished() {
        return published;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public void publish(String by, LocalDateTime at) {
        published = true;
        publishedBy = by;
        publishedAt = at;
    }

    public void unlock() {
        published = false;
    }
}
