package org.cooperationatlas.country;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CountryAliasRepository extends JpaRepository<CountryAlias, Long> {

    List<CountryAlias> findAllByOrderByAlias();

    boolean existsByAliasKey(String aliasKey);
}
