package org.cooperationatlas.country;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cooperationatlas.security.Role;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
@PreAuthorize("@readAccess.allowed()")
public class CountryService {

    private final CountryRepository countries;
    private final CountryAliasRepository aliases;

    CountryService(CountryRepository countries, CountryAliasRepository aliases) {
        this.countries = countries;
        this.aliases = aliases;
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

    /** Every name a file may use for a country, as of now. */
    public CountryNames names() {
        return new CountryNames(countries.findAll(), aliases.findAll());
    }

    public List<CountryAlias> aliases() {
        return aliases.findAllByOrderByAlias();
    }

    /** Adds another name for a country, unless it already names one (as a code, a name or an alias). */
    @Transactional
    @Secured(Role.ADMIN_AUTHORITY)
    public CountryAlias addAlias(String alias, String iso2) {
        return addAlias(alias, iso2, null);
    }

    /** Adds another name for a country, saying where it comes from (a file being imported, say). */
    @Transactional
    @Secured(Role.ADMIN_AUTHORITY)
    public CountryAlias addAlias(String alias, String iso2, String source) {
        if (alias == null || CountryNames.fold(alias).isEmpty()) {
            throw new AliasRefusedException("aliases.error.blank");
        }
        if (alias.strip().length() > CountryAlias.ALIAS_MAX_LENGTH) {
            throw new AliasRefusedException("aliases.error.tooLong");
        }
        Country country = find(iso2).orElseThrow(() -> new AliasRefusedException("aliases.error.country"));
        if (names().iso2(alias).isPresent() || aliases.existsByAliasKey(CountryNames.fold(alias))) {
            throw new AliasRefusedException("aliases.error.taken");
        }
        return aliases.save(new CountryAlias(alias, country, source));
    }

    @Transactional
    @Secured(Role.ADMIN_AUTHORITY)
    public void removeAlias(long id) {
        aliases.deleteById(id);
    }
}
