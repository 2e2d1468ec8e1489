package org.cooperationatlas.peacekeeping;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class PeacekeepingServiceTest {

    @Autowired
    PeacekeepingService peacekeeping;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void monthly_personnel_is_summed_over_missions_by_type() {
        jdbc.update("insert into mission (acronym, name, host_country) values ('UNTEST1', 'Test mission one', 'LR'), "
                + "('UNTEST2', 'Test mission two', 'ML')");
        String insert = "insert into peacekeeping_contribution (period_month, contributing_country, mission_id, "
                + "personnel_type, male, female, total) values (?, 'RW', (select id from mission where acronym = ?), ?, ?, ?, ?)";
        jdbc.update(insert, LocalDate.of(2017, 1, 1), "UNTEST1", "FORMED_POLICE_UNIT", 100, 40, 140);
        jdbc.update(insert, LocalDate.of(2017, 1, 1), "UNTEST2", "FORMED_POLICE_UNIT", 50, 10, 60);
        jdbc.update(insert, LocalDate.of(2017, 1, 1), "UNTEST2", "INDIVIDUAL_POLICE", 8, 2, 10);
        jdbc.update(insert, LocalDate.of(2017, 2, 1), "UNTEST1", "FORMED_POLICE_UNIT", 90, 40, 130);

        assertThat(peacekeeping.monthlyPersonnel("RW")).containsExactly(
                new MonthlyPersonnel(LocalDate.of(2017, 1, 1), PersonnelType.FORMED_POLICE_UNIT, 200),
                new MonthlyPersonnel(LocalDate.of(2017, 1, 1), PersonnelType.INDIVIDUAL_POLICE, 10),
                new MonthlyPersonnel(LocalDate.of(2017, 2, 1), PersonnelType.FORMED_POLICE_UNIT, 130));
        assertThat(peacekeeping.monthlyPersonnel("IT")).isEmpty();
    }
}
