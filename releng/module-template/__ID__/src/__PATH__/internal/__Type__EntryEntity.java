package __ID__.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** Table __PREFIX___ENTRY: an entry of a unit (id, version and unit columns come from the superclass). */
@Entity(name = "__Type__Entry")
@Table(name = "__PREFIX___ENTRY")
public class __Type__EntryEntity extends ScopedVersionedEntity {

    @Column(name = "ENTRY_DAY", nullable = false)
    private LocalDate day;

    @Column(name = "TITLE", nullable = false, length = 100)
    private String title;

    @Column(name = "NOTE", length = 500)
    private String note;

    protected __Type__EntryEntity() {
    }

    __Type__EntryEntity(LocalDate day, String title, String note) {
        this.day = day;
        this.title = title;
        this.note = note;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getTitle() {
        return title;
    }

    public String getNote() {
        return note;
    }
}
