package org.cooperationatlas.peacekeeping;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;

interface ContributionRepository extends JpaRepository<PeacekeepingContribution, Long> {

    @Query("""
            select c.month, c.personnelType, sum(c.total) from PeacekeepingContribution c
            where c.contributingCountry.iso2 = :iso2
            group by c.month, c.personnelType order by c.month, c.personnelType
            """)
    List<Object[]> sumByMonthAndType(String iso2);

    // The region is asked of the region's few countries: a path to the country's region would join the country
    // to every contribution, filter or not.
    @Query("""
            select c.month, c.personnelType, sum(c.total) from PeacekeepingContribution c
            where (:iso2 is null or c.contributingCountry.iso2 = :iso2)
              and (:region is null or c.contributingCountry.iso2 in
                   (select country.iso2 from Country country where country.region = :region))
              and c.month between :fromDay and :toDay
            group by c.month, c.personnelType order by c.month, c.personnelType
            """)
    List<Object[]> sumByMonthAndType(String iso2, String region, LocalDate fromDay, LocalDate toDay);
}
