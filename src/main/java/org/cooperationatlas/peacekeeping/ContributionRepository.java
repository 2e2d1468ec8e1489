package org.cooperationatlas.peacekeeping;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface ContributionRepository extends JpaRepository<PeacekeepingContribution, Long> {

    @Query("""
            select c.month, c.personnelType, sum(c.total) from PeacekeepingContribution c
            where c.contributingCountry.iso2 = :iso2
            group by c.month, c.personnelType order by c.month, c.personnelType
            """)
    List<Object[]> sumByMonthAndType(String iso2);
}
