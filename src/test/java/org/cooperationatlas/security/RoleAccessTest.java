package org.cooperationatlas.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import org.cooperationatlas.KaribuTest;
import org.cooperationatlas.dashboard.ui.DashboardView;
import org.cooperationatlas.explore.ui.CountriesView;
import org.cooperationatlas.record.CooperationRecord;
import org.cooperationatlas.record.RecordService;
import org.cooperationatlas.record.TestRecords;
import org.cooperationatlas.record.ui.RecordFormView;
import org.cooperationatlas.record.ui.RecordListView;
import org.cooperationatlas.security.ui.LoginView;
import org.cooperationatlas.security.ui.UsersView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;

/** For each kind of user: which views open, which actions show, and which service calls are refused. */
class RoleAccessTest extends KaribuTest {

    @Autowired
    RecordService records;

    @Autowired
    org.cooperationatlas.search.RecordSearch search;

    @Autowired
    UserService users;

    @Autowired
    TestRecords testRecords;

    private Class<?> open(String path) {
        UI.getCurrent().navigate(path);
        return UI.getCurrent()
                .getInternals()
                .getActiveRouterTargetsChain()
                .get(0)
                .getClass();
    }

    private boolean shows(String buttonText) {
        return _find(Button.class, spec -> spec.withText(buttonText)).stream().anyMatch(Button::isVisible);
    }

    private long someRecord() {
        return search.list(
                        org.cooperationatlas.record.RecordFilter.NONE,
                        org.springframework.data.domain.PageRequest.of(0, 1))
                .get(0)
                .id();
    }

    @Test
    void an_anonymous_visitor_reads_everything_and_changes_nothing() {
        assertThat(open("")).isEqualTo(DashboardView.class);
        assertThat(open("countries")).isEqualTo(CountriesView.class);
        assertThat(open("records")).isEqualTo(RecordListView.class);
        assertThat(shows("New record")).isFalse();
        assertThat(open("records/" + someRecord())).isEqualTo(RecordFormView.class);
        assertThat(shows("Save")).isFalse();
        assertThat(shows("Delete")).isFalse();
        assertThat(open("records/new")).isEqualTo(LoginView.class);
        assertThat(open("admin/users")).isEqualTo(LoginView.class);

        CooperationRecord record = records.get(someRecord()).orElseThrow();
        assertThatThrownBy(() -> records.save(record)).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> records.delete(record.getId(), record.getVersion()))
                .isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> users.all()).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void a_viewer_reads_but_may_not_edit_or_administer() {
        login("vera", Role.VIEWER);
        assertThat(open("records")).isEqualTo(RecordListView.class);
        assertThat(shows("New record")).isFalse();
        open("records/" + someRecord());
        assertThat(shows("Save")).isFalse();
        assertThat(open("admin/users")).isNotEqualTo(UsersView.class);

        CooperationRecord record = records.get(someRecord()).orElseThrow();
        assertThatThrownBy(() -> records.save(record)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.all()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_editor_edits_records_but_may_not_administer_users() {
        login("edith", Role.EDITOR);
        assertThat(open("records")).isEqualTo(RecordListView.class);
        assertThat(shows("New record")).isTrue();
        open("records/" + someRecord());
        assertThat(shows("Save")).isTrue();
        assertThat(shows("Delete")).isTrue();
        assertThat(open("records/new")).isEqualTo(RecordFormView.class);
        assertThat(open("admin/users")).isNotEqualTo(UsersView.class);

        CooperationRecord saved = testRecords.saved("Editor's own patrol");
        assertThat(saved.getId()).isNotNull();
        assertThatThrownBy(() -> users.create("someone", "long-enough-password", Role.ADMIN))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_administrator_does_everything_an_editor_does_and_administers_users() {
        login("ada", Role.ADMIN);
        assertThat(open("admin/users")).isEqualTo(UsersView.class);
        assertThat(open("records")).isEqualTo(RecordListView.class);
        assertThat(shows("New record")).isTrue();
        assertThat(users.all()).extracting(AppUser::getUsername).contains("admin");
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(Object::toString)
                .containsAll(List.of("ROLE_ADMIN", "ROLE_EDITOR", "ROLE_VIEWER"));
    }
}
