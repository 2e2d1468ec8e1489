package org.cooperationatlas.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import org.cooperationatlas.KaribuTest;
import org.cooperationatlas.record.RecordFilter;
import org.cooperationatlas.record.ui.RecordListView;
import org.cooperationatlas.search.RecordSearch;
import org.cooperationatlas.security.ui.LoginView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest(properties = "atlas.security.anonymous-read=false")
class AnonymousReadOffTest extends KaribuTest {

    @Autowired
    RecordSearch records;

    @Test
    void visitors_are_sent_to_sign_in_and_the_services_refuse_them() {
        UI.getCurrent().navigate("records");
        assertThat(_get(LoginView.class)).isNotNull();
        UI.getCurrent().navigate("");
        assertThat(_get(LoginView.class)).isNotNull();
        assertThatThrownBy(() -> records.list(RecordFilter.NONE, PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_signed_in_viewer_reads_as_usual() {
        login("vera", Role.VIEWER);
        UI.getCurrent().navigate("records");
        assertThat(_get(RecordListView.class)).isNotNull();
        assertThat(records.list(RecordFilter.NONE, PageRequest.of(0, 5))).isNotEmpty();
    }
}
