package org.cooperationatlas.measure;

import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.base.domain.Unit;
import org.cooperationatlas.base.domain.UnitKind;
import org.cooperationatlas.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.stereotype.Component;

/**
 * A unit and a metric that are not in the seed, added as an administrator adds them, for tests that follow such a
 * figure through the form, the record page, the overview and the API.
 */
@Component
public class TestMeasures {

    public static final Unit PATROL_BOATS = new Unit("PATROL_BOATS");
    public static final Metric PATROL_BOATS_DEPLOYED = new Metric("PATROL_BOATS_DEPLOYED");

    private final MeasureService measures;

    TestMeasures(MeasureService measures) {
        this.measures = measures;
    }

    /** Adds them once; later calls find them there. */
    public synchronized void addPatrolBoats() {
        if (measures.measures().knows(PATROL_BOATS_DEPLOYED)) {
            return;
        }
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        var authorities = Role.ADMIN.authorities();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        new User("ada", "", authorities), null, authorities));
        try {
            measures.add(new UnitDefinition(
                    PATROL_BOATS.code(), "Patrol boats", "巡逻艇", "{0} patrol boats", "{0}艘巡逻艇", UnitKind.COUNT));
            measures.add(
                    new MetricDefinition(PATROL_BOATS_DEPLOYED.code(), "Patrol boats deployed", "出动巡逻艇", PATROL_BOATS));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
