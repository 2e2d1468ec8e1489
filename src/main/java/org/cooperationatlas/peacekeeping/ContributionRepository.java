package org.cooperationatlas.peacekeeping;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContributionRepository extends JpaRepository<PeacekeepingContribution, Long> {

    @Query("select country.iso2 from Country country where country.region = :region")
    List<String> countriesOf(String region);
}
