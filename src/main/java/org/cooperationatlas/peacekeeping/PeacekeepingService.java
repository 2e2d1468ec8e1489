package org.cooperationatlas.peacekeeping;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

@Service
@Transactional(readOnly = true)
public class PeacekeepingService {

    private final ContributionRepository contributions;

    PeacekeepingService(ContributionRepository contributions) {
        this.contributions = contributions;
    }

    /** The country's personnel per month and type, summed over missions by the database. */
    public List<MonthlyPersonnel> monthlyPersonnel(String iso2) {
        return contributions.sumByMonthAndType(iso2).stream()
                .map(row -> new MonthlyPersonnel((LocalDate) row[0], (PersonnelType) row[1], ((Number) row[2]).longValue()))
                .toList();
    }
}
