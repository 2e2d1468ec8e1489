package org.cooperationatlas.country;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Locale;
import java.util.Optional;

@Service
@Transactional(readOnly = true)
@PreAuthorize("@readAccess.allowed()")
public class CountryService {

    private final CountryRepository countries;

    CountryService(CountryRepository countries) {
        this.countries = countries;
    }

    public Optional<Country> find(String iso2) {
        if (iso2 == null || iso2.isBlank()) {
            return Optional.empty();
        }
        return countries.findById(iso2.trim().toUpperCase(Locale.ROOT));
    }

    public Map<String, Country> byCodes(Collection<String> iso2Codes) {
        return countries.findAllById(iso2Codes).stream()
                .collect(Collectors.toMap(Country::getIso2, Function.identity()));
    }

    public List<Country> all() {
        return countries.findAll(Sort.by("nameEn"));
    }
}
