package org.cooperationatlas.country;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface CountryAliasRepository extends JpaRepository<CountryAlias, Long> {

    List<CountryAlias> findAllByOrderByAlias();

    boolean existsByAliasKey(String aliasKey);
}
