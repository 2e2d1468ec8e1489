package org.cooperationatlas.peacekeeping;

import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

@Service
@Transactional(readOnly = true)
@PreAuthorize("@readAccess.allowed()")
public class PeacekeepingService {

    private final ContributionRepository contributions;
    private final MissionRepository missions;

    PeacekeepingService(ContributionRepository contributions, MissionRepository missions) {
        this.contributions = contributions;
        this.missions = missions;
    }

    public List<Mission> missions() {
        return missions.findAllByOrderByAcronym();
    }

    /** Contribution lines, narrowed by contributing country, mission acronym and years if given, page by page. */
    public List<ContributionLine> contributions(String iso2, String mission, Integer fromYear, Integer toYear,
                                                Pageable pageable) {
        return contributions.findLines(iso2, mission, LocalDate.of(fromYear == null ? 1900 : fromYear, 1, 1),
                LocalDate.of(toYear == null ? 2100 : toYear, 12, 31), pageable);
    }

    /** The country's personnel per month and type, summed over missions by the database. */
    public List<MonthlyPersonnel> monthlyPersonnel(String iso2) {
        return toMonthly(contributions.sumByMonthAndType(iso2));
    }

    /** All contributing countries' personnel per month and type, narrowed by country, region and years if given. */
    public List<MonthlyPersonnel> monthlyPersonnel(String iso2, String region, Integer fromYear, Integer toYear) {
        LocalDate from = fromYear == null ? LocalDate.of(1900, 1, 1) : LocalDate.of(fromYear, 1, 1);
        LocalDate to = toYear == null ? LocalDate.of(2100, 12, 31) : LocalDate.of(toYear, 12, 31);
        return toMonthly(contributions.sumByMonthAndType(iso2, region, from, to));
    }

    private static List<MonthlyPersonnel> toMonthly(List<Object[]> rows) {
        return rows.stream()
                .map(row -> new MonthlyPersonnel((LocalDate) row[0], (PersonnelType) row[1], ((Number) row[2]).longValue()))
                .toList();
    }
}
