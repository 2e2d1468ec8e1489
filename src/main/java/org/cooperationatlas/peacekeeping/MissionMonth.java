package org.cooperationatlas.peacekeeping;

import java.time.YearMonth;

/**
 * Personnel of one month in one mission from one country: where a country's personnel serve (the mission's
 * place) or who serves in a country (the contributor).
 */
public record MissionMonth(YearMonth month, String contributor, String mission, HostPlace host, long personnel) {}
