package org.cooperationatlas.base.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a figure measures, by its code in the atlas's reference data of metrics (names in English and Chinese, the
 * unit it is usually given in, whether figures of it add up), which administrators extend. The codes the atlas
 * itself reasons about are named here.
 */
public record Metric(@JsonValue String code) implements Comparable<Metric>, java.io.Serializable {

    public static final int CODE_MAX_LENGTH = 40;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    public static final Metric SUSPECTS_ARRESTED = new Metric("SUSPECTS_ARRESTED");
    public static final Metric SUSPECTS_DETAINED = new Metric("SUSPECTS_DETAINED");
    public static final Metric VICTIMS_RESCUED = new Metric("VICTIMS_RESCUED");
    public static final Metric FUGITIVES_CAPTURED = new Metric("FUGITIVES_CAPTURED");
    public static final Metric FUGITIVES_RETURNED = new Metric("FUGITIVES_RETURNED");
    public static final Metric FORMER_OFFICIALS = new Metric("FORMER_OFFICIALS");
    public static final Metric RED_NOTICE_SUBJECTS = new Metric("RED_NOTICE_SUBJECTS");
    public static final Metric CRIMINAL_DENS_DISMANTLED = new Metric("CRIMINAL_DENS_DISMANTLED");
    public static final Metric ASSETS_RECOVERED = new Metric("ASSETS_RECOVERED");
    public static final Metric AMOUNT_INVOLVED = new Metric("AMOUNT_INVOLVED");
    public static final Metric OFFICERS_DEPLOYED = new Metric("OFFICERS_DEPLOYED");
    public static final Metric DEPLOYMENT_TRIPS = new Metric("DEPLOYMENT_TRIPS");
    public static final Metric FUGITIVES_FLED = new Metric("FUGITIVES_FLED");
    public static final Metric PERSONNEL_ON_STANDBY = new Metric("PERSONNEL_ON_STANDBY");
    public static final Metric PLANNED_FORCE_SIZE = new Metric("PLANNED_FORCE_SIZE");
    public static final Metric COUNTRIES_AND_REGIONS_INVOLVED = new Metric("COUNTRIES_AND_REGIONS_INVOLVED");
    public static final Metric FINANCIAL_CONTRIBUTION_RANK = new Metric("FINANCIAL_CONTRIBUTION_RANK");
    public static final Metric TROOP_CONTRIBUTION_RANK_AMONG_P5 = new Metric("TROOP_CONTRIBUTION_RANK_AMONG_P5");
    public static final Metric CHANGE = new Metric("CHANGE");
    public static final Metric SHARE = new Metric("SHARE");
    public static final Metric OTHER = new Metric("OTHER");

    public Metric {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A metric's code is upper-case letters, digits and _: " + code);
        }
    }

    /** The metric of a code as written anywhere (an address, a file): in any case, with spaces as underscores. */
    @JsonCreator
    public static Metric valueOf(String code) {
        return new Metric(
                code.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
    }

    /** Whether the text is a metric's code at all (not whether the atlas knows it). */
    public static boolean isCode(String text) {
        return text != null
                && CODE.matcher(text.strip().toUpperCase(Locale.ROOT).replace(' ', '_'))
                        .matches();
    }

    /** The code, as it is stored. */
    public String name() {
        return code;
    }

    @Override
    public int compareTo(Metric other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
