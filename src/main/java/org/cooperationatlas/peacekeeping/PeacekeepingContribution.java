package org.cooperationatlas.peacekeeping;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import org.cooperationatlas.country.Country;

/** One line of the UN's monthly statistics: a country's personnel of one type in one mission. */
@Entity
public class PeacekeepingContribution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The first day of the month reported. */
    @NotNull
    @Column(name = "period_month")
    private LocalDate month;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contributing_country")
    private Country contributingCountry;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mission_id")
    private Mission mission;

    @NotNull
    @Enumerated(EnumType.STRING)
    private PersonnelType personnelType;

    @PositiveOrZero
    private Integer male;

    @PositiveOrZero
    private Integer female;

    @NotNull
    @PositiveOrZero
    private Integer total;

    @Version
    private long version;

    protected PeacekeepingContribution() {}

    public PeacekeepingContribution(
            LocalDate month,
            Country contributingCountry,
            Mission mission,
            PersonnelType personnelType,
            Integer male,
            Integer female,
            int total) {
        this.month = month.withDayOfMonth(1);
        this.contributingCountry = contributingCountry;
        this.mission = mission;
        this.personnelType = personnelType;
        this.male = male;
        this.female = female;
        this.total = total;
    }

    /** Where the UN gives both genders, they must add up to the total. */
    @AssertTrue
    public boolean isTotalConsistent() {
        return male == null || female == null || total == null || male + female == total;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getMonth() {
        return month;
    }

    public Country getContributingCountry() {
        return contributingCountry;
    }

    public Mission getMission() {
        return mission;
    }

    public PersonnelType getPersonnelType() {
        return personnelType;
    }

    public Integer getMale() {
        return male;
    }

    public Integer getFemale() {
        return female;
    }

    public Integer getTotal() {
        return total;
    }
}
